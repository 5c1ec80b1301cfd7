/**
 * Matching a query in a page's text, in the search page: a query is one or more phrases (split at spaces and
 * punctuation), and a page matches when its text holds every phrase, its characters together and in order. Text
 * and query are compared folded, character by character (a character of the other script to the indexed one's, as
 * search-chars.json maps it; letters to lower case), so 發放 matches 发放 and each match is found at its place in
 * the text as shown.
 */

const SENTENCE_END = /[。！？；!?;]/u;
const PAUSE = /[，、：,:]/u;

/** One character as compared: search-chars.json's form for it, or the character in lower case. */
export type Fold = (character: string) => string;

/** A piece of an excerpt or title: text, marked where it matched. */
export interface Piece {
  text: string;
  marked: boolean;
}

export function folding(map: Readonly<Record<string, string>>): Fold {
  return (character) => {
    const mapped = map[character];
    if (mapped) return mapped;
    const lower = character.toLowerCase();
    // One character for one, so positions in the folded text are positions in the text.
    return [...lower].length === 1 ? lower : character;
  };
}

/** The phrases of a query, folded: its runs of characters between spaces and punctuation. */
export function searchPhrases(query: string, fold: Fold): string[] {
  return query
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean)
    .map((phrase) => [...phrase].map(fold).join(''));
}

/** Whether `blocks` hold every phrase. */
export function holdsAll(blocks: readonly string[], phrases: readonly string[], fold: Fold): boolean {
  const folded = blocks.map((block) => [...block].map(fold).join(''));
  return phrases.length > 0 && phrases.every((phrase) => folded.some((block) => block.includes(phrase)));
}

/** `text` in pieces, each match of a phrase marked. */
export function highlight(text: string, phrases: readonly string[], fold: Fold): Piece[] {
  const characters = [...text];
  return pieces(characters, matches(characters, phrases, fold), 0, characters.length);
}

/**
 * About `length` characters of the page's text around its first match outside the title (`blocks[0]`, which the
 * result shows as its heading), matches marked, never across blocks; it starts at the start of the match's sentence
 * when that is near, else after the first pause (，、：) within reach, so it never starts in the middle of a word. A
 * page that matched in its title only shows the start of its text, unmarked.
 */
export function excerpt(blocks: readonly string[], phrases: readonly string[], fold: Fold, length: number): Piece[] {
  const body = blocks.length > 1 ? blocks.slice(1) : blocks;
  for (const block of body) {
    const characters = [...block];
    const found = matches(characters, phrases, fold);
    if (found.length === 0) continue;
    const [first, last] = found[0]!;
    const reach = Math.max(0, first - Math.floor(length / 3));
    const before = characters.slice(reach, first);
    const sentence = lastIndexOf(before, SENTENCE_END);
    const pause = before.findIndex((c) => PAUSE.test(c));
    const start = sentence >= 0 ? reach + sentence + 1 : pause >= 0 ? reach + pause + 1 : reach;
    const end = Math.min(characters.length, Math.max(start + length, last));
    return pieces(characters, found, start, end);
  }
  const start = [...body.join(' ')];
  return pieces(start, [], 0, Math.min(start.length, length));
}

function lastIndexOf(characters: readonly string[], pattern: RegExp): number {
  for (let i = characters.length - 1; i >= 0; i--) if (pattern.test(characters[i]!)) return i;
  return -1;
}

/** Where the phrases occur in `characters`, as [start, end) ranges in order, overlapping ones merged. */
function matches(characters: readonly string[], phrases: readonly string[], fold: Fold): [number, number][] {
  const folded = characters.map(fold);
  const ranges: [number, number][] = [];
  for (const phrase of phrases.map((p) => [...p])) {
    for (let i = 0; i + phrase.length <= folded.length; i++) {
      if (phrase.every((c, j) => folded[i + j] === c)) ranges.push([i, i + phrase.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** characters[start, end) in pieces, the ranges marked; an ellipsis where the text goes on beyond either end. */
function pieces(characters: readonly string[], ranges: [number, number][], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  const add = (from: number, to: number, marked: boolean) => {
    if (to > from) out.push({ text: characters.slice(from, to).join(''), marked });
  };
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    add(at, Math.max(at, from), false);
    add(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  add(at, end, false);
  if (start > 0) out.unshift({ text: '…', marked: false });
  if (end < characters.length) out.push({ text: '…', marked: false });
  return out;
}
