/** Colour arithmetic for drawing on the page: WCAG 2 contrast ratios, and the nearest colour that meets one. */

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` / `rgb(r g b)` (as getComputedStyle gives colours) to channels 0–255. */
export function parseColour(css: string): Rgb {
  const text = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const channels = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(text);
  if (channels) return [Number(channels[1]), Number(channels[2]), Number(channels[3])];
  throw new Error(`Not a colour this code reads: "${css}"`);
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(parseColour(a)), luminance(parseColour(b))].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * `colour` itself when it has at least `ratio` contrast with `background`; otherwise the least mix of it with black
 * or white (whichever stands out more from the background) that does. Keeps a series' hue as far as it can.
 */
export function withContrast(colour: string, background: string, ratio: number): string {
  const own = parseColour(colour);
  const hex = toHex(own);
  if (contrastRatio(hex, background) >= ratio) return hex;
  const extreme: Rgb =
    contrastRatio('#000', background) >= contrastRatio('#fff', background) ? [0, 0, 0] : [255, 255, 255];
  const mix = (share: number) => toHex(own.map((c, i) => c + (extreme[i]! - c) * share) as unknown as Rgb);
  // The ratio grows with the share of black (or white): bisect to the least share that reaches it.
  let [low, high] = [0, 1];
  for (let step = 0; step < 20; step++) {
    const middle = (low + high) / 2;
    if (contrastRatio(mix(middle), background) >= ratio) high = middle;
    else low = middle;
  }
  return mix(high);
}
