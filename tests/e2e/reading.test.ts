import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../src/config/locales.ts';
import { useSiteInBrowser, NOTICES, PAGE_TYPES } from './browser.ts';

const site = useSiteInBrowser();

async function phonePage(width = 390): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  return context.newPage();
}

describe('script switch', () => {
  it('keeps the reader on the same page', async () => {
    const page = await phonePage();
    for (const path of Object.values(PAGE_TYPES)) {
      await page.goto(`${site.origin}/zh-hans/${path}`);
      await page.locator('.script-switch a[hreflang=zh-Hant]').click();
      await page.waitForURL(`${site.origin}/zh-hant/${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
      await page.locator('.script-switch a[hreflang=zh-Hans]').click();
      await page.waitForURL(`${site.origin}/zh-hans/${path}`);
    }
    await page.context().close();
  });
});

describe('large type (长辈模式)', () => {
  it('persists across pages, and its text and targets are large enough', async () => {
    const page = await phonePage();
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    const toggle = page.locator('.reading-modes button[data-mode=large]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    await page.goto(`${site.origin}/zh-hant/articles/shagou-wang-fangtai/`);
    expect(await page.getAttribute('html', 'data-reading')).toContain('large');
    expect(await page.locator('.reading-modes button[data-mode=large]').getAttribute('aria-pressed')).toBe('true');
    const text = await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        return {
          size: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight),
          gap: parseFloat(style.marginBottom),
        };
      });
    expect(text.size).toBeGreaterThanOrEqual(18);
    expect(text.lineHeight / text.size).toBeGreaterThanOrEqual(1.3);
    expect(text.gap).toBeGreaterThanOrEqual(1.3 * text.lineHeight - 0.5);
    for (const target of await page.locator('nav.main a, .script-switch a, .reading-modes button').all()) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(60);
      expect(box.height).toBeGreaterThanOrEqual(60);
    }

    // Applied before first paint: the attribute is there by the time the first element is parsed.
    const early = await page.evaluate(() => document.documentElement.dataset.reading);
    expect(early).toContain('large');
    await page.context().close();
  });

  it("honours the browser's own font size", async () => {
    const page = await phonePage();
    await page.addInitScript(() => localStorage.setItem('gongshi-reading', 'large'));
    // The reader has set their browser's default text size to 24 px (Chrome: Settings → Appearance → Font size).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    const size = await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(24 * 1.25);
    await page.context().close();
  });

  it('normal mode keeps targets at least 44×44 and text at least 16 px', async () => {
    const page = await phonePage();
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    expect(
      parseFloat(
        await page
          .locator('.article-body p')
          .first()
          .evaluate((p) => getComputedStyle(p).fontSize),
      ),
    ).toBeGreaterThanOrEqual(16);
    for (const target of await page.locator('nav.main a, .script-switch a, .reading-modes button').all()) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });
});

describe('read aloud (朗读全文)', () => {
  /** Replaces the browser's speech synthesis with one that has `voices` and records what it is asked to say. */
  async function pageWithVoices(voices: { lang: string; name: string }[]): Promise<Page> {
    const page = await phonePage();
    await page.addInitScript((list) => {
      const spoken: { text: string; lang: string }[] = [];
      const synth = {
        speaking: false,
        getVoices: () => list,
        speak(utterance: { text: string; lang: string }) {
          spoken.push({ text: utterance.text, lang: utterance.lang });
          this.speaking = true;
        },
        cancel() {
          this.speaking = false;
        },
        addEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth });
      Object.assign(window, {
        spoken,
        SpeechSynthesisUtterance: class {
          voice: unknown = null;
          lang = '';
          text: string;
          constructor(text: string) {
            this.text = text;
          }
          addEventListener() {}
        },
      });
    }, voices);
    return page;
  }

  it('is hidden where the browser has no Chinese voice', async () => {
    const page = await pageWithVoices([{ lang: 'en-US', name: 'English' }]);
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    expect(await page.locator('button.read-aloud').isVisible()).toBe(false);
    await page.context().close();
  });

  it('reads the article in the page language, and stops', async () => {
    const page = await pageWithVoices([
      { lang: 'zh-CN', name: 'Mandarin (China)' },
      { lang: 'zh-TW', name: 'Mandarin (Taiwan)' },
    ]);
    await page.goto(`${site.origin}/zh-hant/articles/nixi-wang-jinshui/`);
    await page.getByRole('button', { name: '朗讀全文' }).click();
    const button = page.locator('button.read-aloud');
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken[0]!.text).toBe(await page.locator('h1').textContent());
    expect(spoken.length).toBeGreaterThan(3);
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['zh-TW']));
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toBe('停止朗讀');
    await button.click();
    expect(await button.textContent()).toBe('朗讀全文');
    await page.context().close();
  });
});

describe('share', () => {
  it('copies the link where there is no share sheet', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hant/towns/nixi/`);
    await page.getByRole('button', { name: '複製連結' }).click();
    await expect.poll(() => page.locator('.share-status').textContent()).toContain('連結已複製');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://gongshi.example.org/zh-hant/towns/nixi/',
    );
    await context.close();
  });

  it("opens the phone's share sheet where there is one", async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    await page.getByRole('button', { name: '分享链接' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
    expect(shared[0]!.url).toBe('https://gongshi.example.org/zh-hans/articles/nixi-wang-jinshui/');
    await context.close();
  });
});

describe('narrow screens', () => {
  it('320 px wide: no page or notice scrolls sideways, in normal and large type', async () => {
    const page = await phonePage(320);
    const wide: string[] = [];
    for (const mode of ['', 'large contrast']) {
      await page.goto(`${site.origin}/zh-hans/`);
      await page.evaluate((m) => (m ? localStorage.setItem('gongshi-reading', m) : localStorage.clear()), mode);
      for (const locale of LOCALES) {
        for (const path of [...Object.values(PAGE_TYPES), ...Object.values(NOTICES)]) {
          await page.goto(`${site.origin}/${locale.id}/${path}`);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) wide.push(`${mode || 'normal'} /${locale.id}/${path}: ${width}px`);
        }
      }
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });
});
