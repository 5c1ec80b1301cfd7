/**
 * Marks HTML already in the page's script inside an article body: a chart or table an MDX article shows is made by
 * the site in the page's locale, and converting it again as if it were the article's text could change it (t2s
 * over Simplified turns 乾安 into 干安). See Localized.astro.
 */
export const LOCALIZED_START = '<!--gongshi:localized-->';
export const LOCALIZED_END = '<!--/gongshi:localized-->';

const MARKER = /<!--\/?gongshi:localized-->/u;

/** `convert` applied to the HTML outside the marked regions, which are kept as they are; the markers go. */
export function convertOutsideLocalized(html: string, convert: (html: string) => string): string {
  if (!html.includes(LOCALIZED_START)) return convert(html);
  return html
    .split(MARKER)
    .map((part, i) => (i % 2 === 1 ? part : convert(part)))
    .join('');
}
