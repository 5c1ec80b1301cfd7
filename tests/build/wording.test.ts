/**
 * What residents read: plain Chinese, no technical words; the Traditional interface in one wording; the office's
 * footer lines exactly as configured — shown when set, never an empty label or an invented number.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { Converter } from 'opencc-js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { LOCALE_WORDING } from '../../src/i18n/localeWording.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';
import { buildSite } from './buildSite.ts';
import { builtPages, visibleText, type BuiltPage } from './distFiles.ts';

/** Words residents do not say: the feed formats' and the tools' names. Machine-readable attributes may keep them. */
const JARGON = ['RSS', 'JSON Feed', 'JavaScript', 'OpenCC'];

let pages: BuiltPage[];
beforeAll(() => {
  pages = builtPages(inject('distDir'));
});

/** Every text a page shows in each of its languages (the chooser and 404 speak all of them). */
const textsOf = (page: BuiltPage) => LOCALES.map((locale) => visibleText(page.root, locale.lang));

describe('no jargon', () => {
  it(`no page shows ${JARGON.join(', ')} to residents: not in its text, title, labels or alternatives`, () => {
    const found = pages.flatMap((page) =>
      JARGON.filter((word) => textsOf(page).some((text) => text.includes(word))).map((word) => `${page.file}: ${word}`),
    );
    expect(found).toEqual([]);
    // The feeds are still there for feed readers, labelled in Chinese.
    const home = pages.find((page) => page.file === `${LOCALES[0]!.id}/index.html`)!.root;
    expect(home.querySelector('link[type="application/rss+xml"]')!.getAttribute('title')).toMatch(/订阅/);
    expect(home.querySelectorAll('footer.site a[href$="rss.xml"], footer.site a[href$="feed.json"]')).toHaveLength(2);
  });
});

describe("each locale's interface wording", () => {
  for (const [localeId, wording] of Object.entries(LOCALE_WORDING).filter(([id]) => LOCALES.some((l) => l.id === id))) {
    // What articles say (their body and their source note) is theirs, never reworded: left out here.
    const interfaceText = (root: HTMLElement) => {
      const copy = parse(root.toString());
      copy.querySelectorAll('.article-body, .source-note').forEach((el) => el.remove());
      return visibleText(copy, LOCALES.find((l) => l.id === localeId)!.lang);
    };
    const inLocale = () => pages.filter((page) => page.file.startsWith(`${localeId}/`));

    it(`${localeId}: the interface uses only the locale's words (${Object.values(wording).join(' ')})`, () => {
      const converterWords = inLocale().flatMap((page) =>
        Object.keys(wording)
          .filter((word) => interfaceText(page.root).includes(word))
          .map((word) => `${page.file}: ${word}`),
      );
      expect(converterWords).toEqual([]);
      const all = inLocale()
        .map((page) => interfaceText(page.root))
        .join('\n');
      expect(Object.values(wording).filter((word) => !all.includes(word))).toEqual([]);
    });

    it(`${localeId}: article text is not reworded`, () => {
      const articles = inLocale()
        .filter((page) => page.file.includes('/articles/'))
        .map((page) =>
          page.root
            .querySelectorAll('.article-body, .source-note')
            .map((el) => el.text)
            .join('\n'),
        )
        .join('\n');
      // The fixture articles use words the interface rewords (數據, 發佈): they stay as the articles have them.
      expect(Object.keys(wording).filter((word) => articles.includes(word))).not.toEqual([]);
    });
  }
});

describe('the footer names the office as configured', () => {
  const footerText = (page: BuiltPage) => page.root.querySelector('footer.site')!.text;

  it('unconfigured: the office only, with no contact, record numbers or their labels', () => {
    for (const page of pages.filter((p) => p.root.querySelector('footer.site'))) {
      expect(footerText(page), page.file).not.toMatch(/联系|聯繫|ICP|公网安备|公網安備/);
      expect(page.root.querySelectorAll('footer.site a[href*="beian"]'), page.file).toHaveLength(0);
    }
  });

  describe('configured for one deployment (GONGSHI_OFFICE)', () => {
    const office = {
      name: '东至县泥溪镇人民政府',
      contact: '0566-0000001',
      icp: '皖ICP备00000001号-1',
      publicSecurity: '皖公网安备34000000000001号',
    };
    const outDir = join(mkdtempSync(join(tmpdir(), 'gongshi-office-')), 'dist');
    let configured: BuiltPage[];
    beforeAll(() => {
      const { status, output } = buildSite(outDir, {
        GONGSHI_CONTENT_DIR: SEED_CONTENT_DIR,
        GONGSHI_OFFICE: JSON.stringify(office),
      });
      if (status !== 0) throw new Error(output);
      configured = builtPages(outDir);
    }, 180_000);
    afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

    it('shows each field, the record numbers linked to their registers, and names the office in the home title', () => {
      const home = configured.find((page) => page.file === `${LOCALES[0]!.id}/index.html`)!;
      const footer = footerText(home);
      for (const value of Object.values(office)) expect(footer).toContain(value);
      const link = (text: string) =>
        home.root
          .querySelectorAll('footer.site a')
          .find((a) => a.text === text)
          ?.getAttribute('href');
      expect(link(office.icp)).toBe('https://beian.miit.gov.cn/');
      expect(link(office.publicSecurity)).toMatch(/^https:\/\/beian\.mps\.gov\.cn\/.*34000000000001$/);
      expect(home.root.querySelector('title')!.text).toContain(office.name);
      // The Traditional pages, and the 404 page in every script, carry the same lines, each in its page's script
      // (a page never mixes scripts: 皖ICP備…號 on a Traditional page).
      const inTraditional = Converter({ from: 'cn', to: 'tw' })(office.icp);
      for (const [file, icp] of [
        [`${LOCALES[1]!.id}/data/index.html`, inTraditional],
        ['404.html', office.icp],
        ['404.html', inTraditional],
      ] as const) {
        expect(footerText(configured.find((page) => page.file === file)!), file).toContain(icp);
      }
    });
  });
});
