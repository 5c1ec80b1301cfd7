import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { embedPath, useSiteInBrowser, NOTICES, PAGE_TYPES } from './browser.ts';

const site = useSiteInBrowser();

const urls = () => [
  '/404.html',
  ...LOCALES.flatMap((locale) =>
    [...Object.values(PAGE_TYPES), ...Object.values(NOTICES), embedPath()].map((path) => `/${locale.id}/${path}`),
  ),
];

/** The WCAG 2.2 A and AA rules and axe's best practices (headings, landmarks, one <h1>, …). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's findings on each URL, as `url: rule — elements` lines. One page, visited in turn: fastest on two cores. */
async function violations(urls: string[], mode?: string): Promise<string[]> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
  if (mode) await context.addInitScript((m) => localStorage.setItem('gongshi-reading', m), mode);
  const page = await context.newPage();
  const found: string[] = [];
  for (const url of urls) {
    await page.goto(`${site.origin}${url}`);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    found.push(
      ...violations.map(
        (v) => `${url}${mode ? ` (${mode})` : ''}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    );
  }
  await context.close();
  return found;
}

describe('axe-core', () => {
  // axe over some twenty pages takes most of the default minute on two cores: room for a slower machine.
  it('finds no violations on any page type, notice or embed, in either script', async () => {
    expect(await violations(urls())).toEqual([]);
  }, 180_000);

  it('finds none in large-type and high-contrast modes either', async () => {
    const sample = LOCALES.flatMap((locale) =>
      ['', 'articles/nixi-wang-jinshui/', 'data/', NOTICES['article notice']].map((path) => `/${locale.id}/${path}`),
    );
    expect(await violations(sample, 'large contrast')).toEqual([]);
  });
});

describe('keyboard', () => {
  it('the skip link comes first and moves focus to the main content; every control is reachable', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hant/articles/nixi-wang-jinshui/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    // The URL changes when the browser reports the in-page navigation, which may come after the key press returns.
    await page.waitForURL(/#main$/, { timeout: 5_000 });

    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName}.${el.className}` : '';
      });
      reached.add(label);
    }
    for (const control of ['BUTTON.share-link', 'A.button']) expect([...reached]).toContain(control);
    await context.close();
  });
});
