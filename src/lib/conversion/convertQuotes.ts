import { localeByScript } from '../../config/locales.ts';
import type { Script } from '../../config/locales.ts';

/** Joins text pieces that belong together (inline tags between them): invisible to quote pairing. */
export const SOFT_BREAK = '\u0001';
/** Separates unrelated pieces (attribute values): quotes never pair across it. */
export const HARD_BREAK = '\u0002';

// Han, CJK punctuation, fullwidth forms and our private-use placeholders (which stand for Chinese words).
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\uE000-\uF8FF]/u;

const otherQuotes = (target: Script) => localeByScript(target === 'hans' ? 'hant' : 'hans').quotes;

/** Whether `text` holds a quotation mark of the script other than `target` (which convertQuotes may rewrite). */
export function hasOtherQuotes(text: string, target: Script): boolean {
  return otherQuotes(target).some((q) => text.includes(q));
}

/**
 * Rewrites the other script's quotation marks as the target locale's (“”‘’ ⇄ 「」『』), but only in Chinese
 * context: a pair is converted when its content or its outer neighbour is Chinese, a lone mark when a
 * neighbour is. Why: “Hello” in an English sentence and the apostrophe in I’m must stay as they are.
 * Why pairs: so an opening and closing mark are never converted one without the other.
 */
export function convertQuotes(text: string, target: Script): string {
  if (!hasOtherQuotes(text, target)) return text;
  const from = otherQuotes(target);
  const to = localeByScript(target).quotes;

  // Positions are UTF-16 offsets: every quotation mark and break is one code unit; a neighbour may be a pair.
  const convert = new Set<number>();
  const neighbour = (i: number, step: 1 | -1): string | undefined => {
    for (let j = i + step; j >= 0 && j < text.length; j += step) {
      const c = text[j]!;
      if (c === HARD_BREAK) return undefined;
      if (c === SOFT_BREAK || /\s/u.test(c)) continue;
      const pairStart = step === 1 ? j : /[\uDC00-\uDFFF]/u.test(c) ? j - 1 : j;
      return String.fromCodePoint(text.codePointAt(pairStart)!);
    }
    return undefined;
  };
  const isCjk = (c: string | undefined) => c !== undefined && CJK.test(c);
  const lone = (i: number) => {
    if (isCjk(neighbour(i, -1)) || isCjk(neighbour(i, 1))) convert.add(i);
  };

  let open: { i: number; kind: number }[] = [];
  // Only the marks and the hard breaks matter: visit those, not every character.
  for (const { 0: c, index: i } of text.matchAll(new RegExp(`[${from.join('')}${HARD_BREAK}]`, 'gu'))) {
    if (c === HARD_BREAK) {
      open.forEach((o) => lone(o.i));
      open = [];
      continue;
    }
    const kind = from.indexOf(c);
    if (kind % 2 === 0) {
      open.push({ i, kind });
      continue;
    }
    const at = open.findLastIndex((o) => o.kind === kind - 1);
    if (at < 0) {
      lone(i);
      continue;
    }
    const o = open[at]!;
    open
      .splice(at)
      .slice(1)
      .forEach((x) => lone(x.i)); // opened inside, never closed
    const inside = CJK.test(text.slice(o.i + 1, i));
    if (inside || isCjk(neighbour(o.i, -1)) || isCjk(neighbour(i, 1))) convert.add(o.i).add(i);
  }
  open.forEach((o) => lone(o.i));

  if (convert.size === 0) return text;
  let out = '';
  let last = 0;
  for (const i of [...convert].sort((a, b) => a - b)) {
    out += text.slice(last, i) + to[from.indexOf(text[i]!)]!;
    last = i + 1;
  }
  return out + text.slice(last);
}
