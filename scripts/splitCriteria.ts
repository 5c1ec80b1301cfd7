// The split criteria issue 19 asked to measure against the site's (segmenterSplit, src/lib/conversion/
// phraseConverter.ts), over the same phrase matches of OpenCC's dictionaries and with the same context rules:
// forward longest match (OpenCC's own), fewest words, bidirectional maximum matching, and fewest words among the
// phrases the segmenter allows. They lost or tied
// (docs/conversion-accuracy.md), so they live here, for `npm run conversion:accuracy -- --split NAME`.
import {
  segmenterSplit,
  type Forced,
  type PhraseDictionary,
  type Split,
} from '../src/lib/conversion/phraseConverter.ts';

/** A piece of a clause: a dictionary phrase, or one character. */
interface Piece {
  start: number;
  end: number;
  phrase: boolean;
}

/** The clause's phrase matches: per start, the ends of the phrases there that hold no character a rule decided. */
function latticeOf(dictionary: PhraseDictionary, text: string, forced: Forced): number[][] {
  return Array.from({ length: text.length }, (_, start) => {
    if (forced.has(start) || isLowSurrogate(text, start)) return [];
    const ends = dictionary.phrasesAt(text, start).map(({ end }) => end);
    const held = ends.findIndex((end) => [...forced.keys()].some((at) => at > start && at < end));
    return held < 0 ? ends : ends.slice(0, held);
  });
}

const isLowSurrogate = (text: string, i: number) => /[\udc00-\udfff]/u.test(text[i]!) && i > 0;
const charEnd = (text: string, i: number) => i + (text.codePointAt(i)! > 0xffff ? 2 : 1);

/**
 * The pieces converted as OpenCC converts them: a phrase alone, a character a rule decided by the rule, and
 * characters no phrase starts at joined into runs (OpenCC converts those together); a character where a phrase
 * was declined is converted alone, so the run cannot take the phrase after all.
 */
function convertPieces(
  dictionary: PhraseDictionary,
  text: string,
  forced: Forced,
  lattice: number[][],
  pieces: Piece[],
): string {
  const out: string[] = [];
  let run = '';
  for (const { start, end, phrase } of pieces) {
    const joinable = !phrase && !forced.has(start) && lattice[start]!.length === 0;
    if (joinable) {
      run += text.slice(start, end);
      continue;
    }
    if (run) out.push(dictionary.convertPiece(run));
    run = '';
    out.push(forced.get(start)?.hant ?? dictionary.convertPiece(text.slice(start, end)));
  }
  if (run) out.push(dictionary.convertPiece(run));
  return out.join('');
}

function forwardPieces(text: string, lattice: number[][]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length;) {
    const longest = lattice[i]!.at(-1);
    pieces.push(
      longest ? { start: i, end: longest, phrase: true } : { start: i, end: charEnd(text, i), phrase: false },
    );
    i = pieces.at(-1)!.end;
  }
  return pieces;
}

function backwardPieces(text: string, lattice: number[][]): Piece[] {
  // Per end, the earliest start of a phrase ending there (the longest).
  const longestTo = new Map<number, number>();
  lattice.forEach((ends, start) => {
    for (const end of ends) if (!longestTo.has(end)) longestTo.set(end, start);
  });
  const pieces: Piece[] = [];
  for (let j = text.length; j > 0;) {
    const start = longestTo.get(j);
    const charStart = isLowSurrogate(text, j - 1) ? j - 2 : j - 1;
    pieces.unshift(start === undefined ? { start: charStart, end: j, phrase: false } : { start, end: j, phrase: true });
    j = pieces[0]!.start;
  }
  return pieces;
}

/** A shortest path over the clause's phrase lattice (each phrase or lone character one word); ties → the longer first phrase. */
function fewestPieces(text: string, lattice: number[][]): Piece[] {
  const words = new Array<number>(text.length + 1).fill(0);
  const next = new Array<Piece>(text.length);
  for (let i = text.length - 1; i >= 0; i--) {
    if (isLowSurrogate(text, i)) continue;
    let best: Piece = { start: i, end: charEnd(text, i), phrase: false };
    for (const end of lattice[i]!) if (words[end]! <= words[best.end]!) best = { start: i, end, phrase: true };
    words[i] = words[best.end]! + 1;
    next[i] = best;
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i = next[i]!.end) pieces.push(next[i]!);
  return pieces;
}

/** Forward against backward maximum matching: fewer words, then fewer single characters; a tie goes backward. */
function bidirectionalPieces(text: string, lattice: number[][]): Piece[] {
  const forward = forwardPieces(text, lattice);
  const backward = backwardPieces(text, lattice);
  const singles = (pieces: Piece[]) => pieces.filter((p) => [...text.slice(p.start, p.end)].length === 1).length;
  if (forward.length !== backward.length) return forward.length < backward.length ? forward : backward;
  return singles(forward) < singles(backward) ? forward : backward;
}

const latticeSplit =
  (choose: (text: string, lattice: number[][]) => Piece[]): Split =>
  (dictionary) =>
  (text, forced) => {
    const lattice = latticeOf(dictionary, text, forced);
    return convertPieces(dictionary, text, forced, lattice, choose(text, lattice));
  };

/**
 * A combination: the fewest words among the phrases that split no word of the segmenter's (segmenterSplit's
 * pruning, without its exception for phrases the segmenter does not know), instead of the longest at each place.
 */
const segmenterFewest: Split = (dictionary) => (text, forced, words) => {
  const lattice = latticeOf(dictionary, text, forced).map((ends, start) =>
    ends.filter((end) => !words().splits(start, end)),
  );
  return convertPieces(dictionary, text, forced, lattice, fewestPieces(text, lattice));
};

export const SPLITS = {
  segmenter: segmenterSplit,
  forward: latticeSplit(forwardPieces),
  fewest: latticeSplit(fewestPieces),
  bidirectional: latticeSplit(bidirectionalPieces),
  'segmenter+fewest': segmenterFewest,
} satisfies Record<string, Split>;

export type SplitName = keyof typeof SPLITS;
