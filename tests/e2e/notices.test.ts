/**
 * Printed notices (公示), measured in the PDF Chromium prints: as few A4 pages as they need with no almost-empty last
 * page, numbered 第 1 页 共 2 页, every text at 12 pt or more, and the notice period, phones and 落款 exactly where
 * the content and the office configure them (and nothing where they do not). Articles show the year they are from.
 */
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { OFFICE } from '../../src/consts.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { formatDate } from '../../src/lib/numbers/formatDate.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';
import { useSiteInBrowser } from './browser.ts';
import { pageText, pdfText, type PdfPage } from './pdfText.ts';

const site = useSiteInBrowser();
const { content } = readContent(SEED_CONTENT_DIR);
const published = content.articles.filter((a) => !a.data.draft);
const locales = LOCALES.slice(0, 2);
/** The page margin (global.css @page): text below the bottom one is the page number. */
const MARGIN = (15 / 25.4) * 72;
/** The least a notice's last page holds, as a share of a page's text area: less is a remainder to fit. */
const LAST_PAGE_AT_LEAST = 0.2;

/** The page in print, as Chromium prints it to A4 (the page's own @page size). */
async function printed(page: Page, path: string): Promise<PdfPage[]> {
  await page.goto(`${site.origin}/${path}`);
  await page.emulateMedia({ media: 'print' });
  return pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

const notices = [
  ...content.towns.map((town) => ({ path: `towns/${town.slug}/#notice`, notice: town.data.notice, dated: undefined })),
  ...published.map((a) => ({ path: `articles/${a.slug}/#notice`, notice: a.data.notice, dated: a.data.published })),
];

describe('printed notices', () => {
  const pageCounts: number[] = [];

  // Each notice once, in the two scripts in turn: both scripts' page numbers (页, 頁), and one print per notice.
  for (const [index, { path, notice, dated }] of notices.entries()) {
    const locale = locales[index % locales.length]!;
    it(`${locale.id}/${path}: as many pages as it needs, numbered, at 12 pt, with what is configured`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const pages = await printed(page, `${locale.id}/${path}`);
      pageCounts.push(pages.length);
      // Interface text is written in Simplified and converted for the page, as the site does.
      const t = OpenCC.Converter({ from: 'cn', to: locale.opencc });

      pages.forEach((pdfPage, index) => {
        const text = pageText(pdfPage);
        expect(text, `page ${index + 1}`).toContain(t(`第${index + 1}页共${pages.length}页`));
        const small = pdfPage.runs.filter((run) => run.size < 11.95).map((run) => `${run.text} ${run.size}pt`);
        expect(small, `page ${index + 1}`).toEqual([]);
      });
      const last = pages.at(-1)!;
      const body = last.runs.filter((run) => run.y < last.height - MARGIN);
      const filled = (Math.max(...body.map((run) => run.y)) - MARGIN) / (last.height - 2 * MARGIN);
      if (pages.length > 1) expect(filled).toBeGreaterThanOrEqual(LAST_PAGE_AT_LEAST);

      const all = pages.map(pageText).join('');
      const signedOn = notice?.from ?? dated;
      // The 落款 at the foot: after the figures, the office and the date (when there is one), then the QR code.
      const signature = (await page.locator('.notice-signature').innerText()).replace(/\s+/g, '');
      const issuer = await page.locator('.notice-facts dd').first().innerText();
      expect(signature).toBe(`${issuer}${signedOn ? formatDate(signedOn) : ''}`);
      const scan = t('扫一扫');
      const lastRow = (await page.locator('main table:visible tbody tr').last().innerText()).replace(/\s+/g, '');
      expect(all.lastIndexOf(`${signature}${scan}`)).toBeGreaterThan(all.lastIndexOf(lastRow));
      if (notice) {
        expect(all).toContain(t('公示期'));
        expect(all).toContain(formatDate(notice.from));
        if (notice.to) expect(all).toContain(formatDate(notice.to));
      } else {
        expect(all).not.toContain(t('公示期'));
      }
      // Phones only when the office gives them (src/consts.ts): never a placeholder.
      for (const [label, value] of [
        ['联系电话', OFFICE.phone],
        ['监督电话', OFFICE.supervisionPhone],
      ] as const) {
        expect(all.includes(t(label))).toBe(Boolean(value));
        if (value) expect(all).toContain(t(value));
      }
      await context.close();
    });
  }

  it('the seed site has a notice of more than one page, so the page numbers above were seen counting', () => {
    expect(pageCounts.length).toBe(notices.length);
    expect(Math.max(...pageCounts)).toBeGreaterThan(1);
    expect(Math.max(...pageCounts)).toBeLessThanOrEqual(2);
  });
});

describe('articles', () => {
  for (const locale of locales) {
    it(`${locale.id}: show the year they are from, or that the source gives no date, and never a git date`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      for (const article of published) {
        await page.goto(`${site.origin}/${locale.id}/articles/${article.slug}/`);
        const meta = await page.locator('article .meta').innerText();
        if (article.data.published) {
          expect(meta).toContain(formatDate(article.data.published));
          expect(await page.locator('article .meta time').getAttribute('datetime')).toBe(article.data.published);
        } else {
          expect(meta).toContain(OpenCC.Converter({ from: 'cn', to: locale.opencc })('原文未注明日期'));
        }
        const text = await page.locator('main').innerText();
        expect(text).not.toMatch(/最后更新|最後更新/);
        const corrected = article.data.corrected;
        if (corrected) expect(await page.locator('.correction time').getAttribute('datetime')).toBe(corrected.date);
        else expect(await page.locator('.correction').count()).toBe(0);
      }
      await context.close();
    });
  }
});
