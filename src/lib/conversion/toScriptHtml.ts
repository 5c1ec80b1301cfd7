import { WRITTEN_VARIANT, type Script } from '../../config/locales.ts';
import { HARD_BREAK, SOFT_BREAK } from './convertQuotes.ts';
import type { ScriptConverter } from './createConverter.ts';
import { toScript, unchangedInOwnScript, type ConversionOptions } from './toScript.ts';

/** Comments, doctype, then tags; attribute values may hold `>` inside quotes. */
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?[A-Za-z][^\s/>]*(?:[^"'>]|"[^"]*"|'[^']*')*>/gu;
const RAW_TEXT = new Set(['script', 'style']);
/** Attributes people read: everything else (href, src, class, data-*, JSON…) is left alone. */
const READABLE_ATTRS = new Set(['alt', 'title', 'aria-label', 'content']);
const ATTR = /(\s)([^\s"'>/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gu;
const BREAK = new RegExp(`[${SOFT_BREAK}${HARD_BREAK}]`, 'u');
const URL_LIKE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/|\.\.?\/|#)/iu;

/**
 * `toScript` for an HTML fragment or page: converts text nodes and readable attribute values only, never tag
 * names, other attributes, URLs or `<script>`/`<style>` contents. All pieces are converted in one call, joined
 * with break characters, so script detection sees the whole page (a lone 后 in a link is judged by the
 * article around it; `from` skips detection as in `toScript`), and quotes pair across inline tags (“<a>链接</a>”).
 */
export function toScriptHtml(
  html: string,
  target: Script,
  converter: ScriptConverter,
  from?: Script,
  { variant = WRITTEN_VARIANT[target] }: Pick<ConversionOptions, 'variant'> = {},
): string {
  // What holds for the whole page holds for each of its pieces: nothing to change in any.
  if (from === target && variant === WRITTEN_VARIANT[target] && unchangedInOwnScript(html, target, converter)) {
    return html;
  }
  const options = { variant, inHtml: true };

  // out: literal HTML chunks and piece slots; pieces: text to convert, with the break that precedes it.
  const out: (string | number)[] = [];
  const pieces: string[] = [];
  const breaks: string[] = [];
  const addPiece = (text: string, brk: string) => {
    // Pure ASCII has nothing to convert, unless it holds an override ([[=COVID-19]]), which still resolves.
    if (!/[^\s\x21-\x7e]/u.test(text) && !text.includes('[[')) return out.push(text);
    out.push(pieces.length);
    pieces.push(text);
    breaks.push(brk);
  };

  let rawUntil: string | null = null; // inside <script>/<style>: copy until its end tag
  let last = 0;
  for (const m of html.matchAll(TOKEN)) {
    const text = html.slice(last, m.index);
    last = m.index + m[0].length;
    const tag = m[0];
    const name = /^<\/?([A-Za-z][^\s/>]*)/u.exec(tag)?.[1]?.toLowerCase();
    if (rawUntil !== null) {
      out.push(text, tag);
      if (tag.startsWith('</') && name === rawUntil) rawUntil = null;
      continue;
    }
    if (text) addPiece(text, SOFT_BREAK);
    if (!name || tag.startsWith('</')) {
      out.push(tag);
      continue;
    }
    if (RAW_TEXT.has(name) && !tag.endsWith('/>')) rawUntil = name;
    // Rebuild the tag with readable attribute values as pieces.
    let tagLast = 0;
    for (const a of tag.matchAll(ATTR)) {
      const value = a[4] ?? a[5] ?? a[6] ?? '';
      if (!READABLE_ATTRS.has(a[2]!.toLowerCase()) || URL_LIKE.test(value)) continue;
      const valueStart = a.index + a[0].length - value.length - (a[6] === undefined ? 1 : 0);
      out.push(tag.slice(tagLast, valueStart));
      addPiece(value, HARD_BREAK);
      tagLast = valueStart + value.length;
    }
    out.push(tag.slice(tagLast));
  }
  if (rawUntil === null) {
    if (last < html.length) addPiece(html.slice(last), SOFT_BREAK);
  } else out.push(html.slice(last));

  let converted: string[];
  if (pieces.length === 0) converted = [];
  else if (pieces.some((p) => p.includes(SOFT_BREAK) || p.includes(HARD_BREAK))) {
    converted = pieces.map((p) => toScript(p, target, converter, from, options)); // cannot join safely: one piece at a time
  } else {
    // Each attribute value is fenced by hard breaks on both sides; text nodes are joined softly.
    const joined = pieces
      .map(
        (p, i) =>
          (i === 0 ? '' : breaks[i] === HARD_BREAK || breaks[i - 1] === HARD_BREAK ? HARD_BREAK : SOFT_BREAK) + p,
      )
      .join('');
    converted = toScript(joined, target, converter, from, options).split(BREAK);
    if (converted.length !== pieces.length)
      converted = pieces.map((p) => toScript(p, target, converter, from, options));
  }
  return out.map((o) => (typeof o === 'number' ? converted[o]! : o)).join('');
}
