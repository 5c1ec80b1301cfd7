import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/chartStyle/contrast.ts';
import { useSiteInBrowser } from './browser.ts';
import { pageIncidents, watchedContext } from './pageIncidents.ts';

const site = useSiteInBrowser();

/** One drawing call on a chart's canvas, with the context's state when it was made. */
interface Drawn {
  op: 'fill' | 'fillRect' | 'fillText' | 'stroke' | 'strokeRect';
  text?: string;
  font: string;
  /** A colour as the canvas reports it, or `pattern`. */
  fill: string;
  stroke: string;
  dash: number[];
  /** For a pattern fill: which pixels of its tile are ink (its shape, whatever its colours) and the inks' colours. */
  pattern?: { shape: string; inks: string[] };
}

declare global {
  interface Window {
    /** Every drawing call on a canvas inside a figure, by the figure's id. */
    __drawn: Record<string, Drawn[]>;
  }
}

/**
 * Records what every chart draws, before the page's scripts run: Chart.js draws through these methods of the
 * canvas's 2D context, so this is what reaches the screen (fonts, colours, dashes, patterns), not what was meant.
 */
function recordDrawing() {
  window.__drawn = {};
  const proto = CanvasRenderingContext2D.prototype;
  const patterns = new WeakMap<CanvasPattern, { shape: string; inks: string[] }>();
  // Colours drawn on canvases outside figures: the tiles patterns are made of.
  const tileInks = new WeakMap<HTMLCanvasElement | OffscreenCanvas, Set<string>>();
  for (const op of ['fill', 'fillRect', 'fillText', 'stroke', 'strokeRect'] as const) {
    const original = proto[op] as (...args: unknown[]) => void;
    proto[op] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const figure = this.canvas.closest('figure')?.id;
      const paint = (op.startsWith('fill') ? this.fillStyle : this.strokeStyle) as string | CanvasPattern;
      if (figure) {
        const pattern = typeof this.fillStyle === 'string' ? undefined : patterns.get(this.fillStyle as CanvasPattern);
        (window.__drawn[figure] ??= []).push({
          op,
          text: op === 'fillText' ? String(args[0]) : undefined,
          font: this.font,
          fill: typeof this.fillStyle === 'string' ? this.fillStyle : 'pattern',
          stroke: typeof this.strokeStyle === 'string' ? this.strokeStyle : 'pattern',
          dash: this.getLineDash(),
          pattern: op.startsWith('fill') ? pattern : undefined,
        });
      } else if (typeof paint === 'string') {
        if (!tileInks.has(this.canvas)) tileInks.set(this.canvas, new Set());
        tileInks.get(this.canvas)!.add(paint);
      }
      return original.apply(this, args);
    } as never;
  }
  const createPattern = proto.createPattern;
  proto.createPattern = function (this: CanvasRenderingContext2D, image, repetition) {
    const pattern = createPattern.call(this, image, repetition)!;
    const tile = image as HTMLCanvasElement;
    const { data } = tile.getContext('2d')!.getImageData(0, 0, tile.width, tile.height);
    const light: number[] = [];
    for (let i = 0; i < data.length; i += 4) light.push(data[i]! + data[i + 1]! + data[i + 2]!);
    const middle = (Math.min(...light) + Math.max(...light)) / 2;
    patterns.set(pattern, {
      shape: `${tile.width}×${tile.height}:${light.map((l) => (l < middle ? 1 : 0)).join('')}`,
      inks: [...(tileInks.get(tile) ?? [])],
    });
    return pattern;
  };
}

/** The least contrast the issue asks of a chart's text and lines: WCAG AA, AAA in high contrast. */
const requiredContrast = (mode: string) => (mode.includes('contrast') ? 7 : 4.5);

/** A colour as drawn on `background`: a translucent one blended into it. */
function opaque(colour: string, background: string): string {
  const [r, g, b, a = 1] = colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    : colour.match(/[\d.]+/g)!.map(Number);
  const [br, bg, bb] = background.match(/\d+/g)!.map(Number);
  const blend = (c: number, under: number) => Math.round(c * a + under * (1 - a));
  return `rgb(${blend(r!, br!)}, ${blend(g!, bg!)}, ${blend(b!, bb!)})`;
}

/** Every colour the calls put on the canvas (text, lines, fills, a pattern's inks) except the background itself. */
function inks(calls: Drawn[], background: string): string[] {
  const used = calls.flatMap((call) =>
    call.op.startsWith('stroke') ? [call.stroke] : call.pattern ? call.pattern.inks : [call.fill],
  );
  return [...new Set(used.map((colour) => opaque(colour, background)))].filter(
    (colour) => contrastRatio(colour, background) > 1,
  );
}

/** What a series looks like apart from its colour, from its legend box: its fill's shape and its outline's dash. */
function seriesMarks(calls: Drawn[], labels: string[]): string[] {
  return labels.map((label) => {
    const at = calls.findLastIndex((call) => call.op === 'fillText' && call.text === label);
    expect(at, `legend entry ${label}`).toBeGreaterThan(0);
    const box = calls.slice(0, at);
    const fill = box.findLast((call) => call.op === 'fill' || call.op === 'fillRect')!;
    const stroke = box.findLast((call) => call.op === 'stroke' || call.op === 'strokeRect')!;
    return `${fill.pattern?.shape ?? 'solid'} / dash ${stroke.dash.join(',') || 'none'}`;
  });
}

/** Opens `path` (reading modes already stored) and waits until the chart `id` has drawn its legend and axes. */
async function drawnChart(page: Page, path: string, id: string) {
  await page.goto(`${site.origin}/${path}`);
  const figure = page.locator(`#${id}`);
  await figure.locator('.chart-canvas').scrollIntoViewIfNeeded();
  return waitForDrawing(page, id);
}

/**
 * Waits for the chart's next complete drawing (one call of Chart.js's render runs in one task, so the calls seen
 * between tasks are a whole frame) and returns it with the page's text size and background around the chart.
 */
async function waitForDrawing(page: Page, id: string) {
  await expect
    .poll(() => page.evaluate((id) => (window.__drawn[id] ?? []).filter((c) => c.op === 'fillText').length, id), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  return page.evaluate((id) => {
    const figure = document.getElementById(id)!;
    return {
      calls: window.__drawn[id]!,
      fontSize: parseFloat(getComputedStyle(figure).fontSize),
      background: getComputedStyle(document.body).backgroundColor,
      series: [...figure.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim()),
    };
  }, id);
}

const pixels = (font: string) => Number(/([\d.]+)px/.exec(font)![1]);

// The masks chart of the seed site has three series (发放, 收到, 捐赠): the one with the most to tell apart.
const CHART = 'compare-masks';

describe('charts in the reading modes', () => {
  it('draw their text at the page’s size, and every colour at the contrast the mode asks for', async () => {
    const sizes: Record<string, number> = {};
    for (const mode of ['', 'large', 'contrast', 'large contrast']) {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, reducedMotion: 'reduce' });
      await context.addInitScript(recordDrawing);
      if (mode) await context.addInitScript((m) => localStorage.setItem('gongshi-reading', m), mode);
      const page = await context.newPage();
      const { calls, fontSize, background } = await drawnChart(page, 'zh-hans/data/', CHART);
      const name = mode || 'normal';
      const texts = calls.filter((call) => call.op === 'fillText');
      expect(new Set(texts.map((call) => pixels(call.font))), name).toEqual(new Set([fontSize]));
      sizes[name] = fontSize;
      const weak = inks(calls, background).filter((ink) => contrastRatio(ink, background) < requiredContrast(mode));
      expect(weak, `${name}: colours below ${requiredContrast(mode)}:1 on ${background}`).toEqual([]);
      await context.close();
    }
    // 长辈模式's text is at least 18 px (the MIIT elderly-friendly spec), and larger than in normal type.
    expect(sizes.large).toBeGreaterThanOrEqual(18);
    expect(sizes.large).toBeGreaterThan(sizes.normal!);
    expect(sizes['large contrast']).toBe(sizes.large);
  });

  it('tell every series apart by more than colour (its own fill pattern or dash), each bar with its figure', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript(recordDrawing);
    const page = await context.newPage();
    const { calls, series } = await drawnChart(page, 'zh-hant/data/', CHART);
    expect(series.length).toBeGreaterThanOrEqual(3);
    const marks = seriesMarks(calls, series);
    expect(new Set(marks).size, marks.join('\n')).toBe(series.length);
    // Every figure of the table is written on the chart, as the table writes it (1萬餘隻).
    const figures = await page.locator(`#${CHART} tbody td`).allInnerTexts();
    const written = new Set(calls.filter((call) => call.op === 'fillText').map((call) => call.text));
    expect(figures.filter((figure) => figure !== '—' && !written.has(figure))).toEqual([]);
    expect(figures.some((figure) => figure.includes('餘'))).toBe(true);
    await context.close();
  });

  it('redraw when the reader switches 长辈模式 and 高对比度 on', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript(recordDrawing);
    const page = await context.newPage();
    const before = await drawnChart(page, 'zh-hans/data/', CHART);
    const clearAndSwitch = async (mode: string) => {
      await page.evaluate(() => (window.__drawn = {}));
      await page.locator(`.reading-modes button[data-mode=${mode}]`).click();
    };

    await clearAndSwitch('large');
    const large = await waitForDrawing(page, CHART);
    expect(large.fontSize).toBeGreaterThan(before.fontSize);
    expect(new Set(large.calls.filter((c) => c.op === 'fillText').map((c) => pixels(c.font)))).toEqual(
      new Set([large.fontSize]),
    );

    // In normal type some colour (the masks' blue) is below 7:1; after the switch none is.
    const belowAaa = (drawing: typeof before) =>
      inks(drawing.calls, drawing.background).filter((ink) => contrastRatio(ink, drawing.background) < 7);
    expect(belowAaa(before).length).toBeGreaterThan(0);
    await clearAndSwitch('contrast');
    expect(belowAaa(await waitForDrawing(page, CHART))).toEqual([]);
    await context.close();
  });
});

describe('the data page', () => {
  it('opens with a contents list by category whose links reach every chart', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hans/data/`);
    const ids = await page.locator('figure.chart').evaluateAll((figures) => figures.map((f) => f.id));
    const groups = await page
      .locator('.chart-contents li')
      .evaluateAll((items) =>
        items.map((li) => [...li.querySelectorAll('a')].map((a) => [a.getAttribute('href')!, a.textContent!.trim()])),
      );
    expect(groups.flat().map(([href]) => href)).toEqual(ids.map((id) => `#${id}`));
    // One item per category: its charts (one per unit) share the category's name, and no other item has it.
    const categories = groups.map((links) => new Set(links.map(([, title]) => title!.split('（')[0])));
    for (const names of categories) expect(names.size).toBe(1);
    expect(new Set(categories.map((names) => [...names][0])).size).toBe(groups.length);
    expect(
      groups.some((links) => links.length > 1),
      'a category counted in two units',
    ).toBe(true);

    // Following a link brings its chart into view (the last one as far as the page scrolls).
    await page.locator('.chart-contents a').last().click();
    await page.waitForURL(`${site.origin}/zh-hans/data/#${ids.at(-1)}`);
    const top = await page.locator(`#${ids.at(-1)}`).evaluate((f) => f.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(800 / 2);
    await context.close();
  });

  it('titles each chart with a plain heading (no link to itself), the embed code inside a closed disclosure', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hant/data/`);
    const figures = await page.locator('figure.chart').all();
    expect(figures.length).toBeGreaterThan(1);
    for (const figure of figures) {
      const id = (await figure.getAttribute('id'))!;
      expect(await figure.locator('h2').count(), id).toBe(1);
      expect(await figure.locator('h2 a').count(), id).toBe(0);
      // The one link to the chart is its permalink, under it.
      expect(await figure.locator(`a[href$="#${id}"]`).count(), id).toBe(1);
      expect(await figure.locator(`.chart-links a[href="/zh-hant/data/#${id}"]`).count(), id).toBe(1);
      const embed = figure.locator('details.chart-embed');
      expect(await embed.evaluate((d: HTMLDetailsElement) => d.open), id).toBe(false);
      expect(await figure.locator('pre').count(), id).toBe(1);
      expect(await embed.locator('pre').count(), id).toBe(1);
      expect(await figure.locator('pre').isVisible(), id).toBe(false);
    }
    const first = page.locator('details.chart-embed').first();
    await first.locator('summary').click();
    expect(await first.locator('pre').isVisible()).toBe(true);
    await context.close();
  });
});

describe('embed pages', () => {
  it('have the chart’s title as their h1, a favicon, and nothing in the console', async () => {
    const context = await watchedContext(site.browser, site.origin);
    const path = 'zh-hans/embed/compare-masks/';
    let title = '';
    let icon: { status: number; type: string } | undefined;
    let violations: string[] = [];
    const incidents = await pageIncidents(context, `${site.origin}/${path}`, async (page) => {
      title = JSON.parse((await page.locator('figure').getAttribute('data-chart'))!).title;
      expect(await page.locator('h1').allInnerTexts()).toEqual([title]);
      const href = await page.locator('link[rel=icon]').getAttribute('href');
      icon = await page.evaluate(async (href) => {
        const response = await fetch(href!);
        return { status: response.status, type: response.headers.get('content-type') ?? '' };
      }, href);
      await page.locator('canvas').waitFor();
      const { violations: found } = await new AxeBuilder({ page }).analyze();
      violations = found.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(incidents).toEqual([]);
    expect(title.length).toBeGreaterThan(1);
    expect(icon).toEqual({ status: 200, type: 'image/svg+xml' });
    expect(violations).toEqual([]);
    await context.close();
  });
});
