import type { Script } from '../../config/locales.ts';
import { CLAUSE_BOUNDARY, type ScriptConverter } from './createConverter.ts';
import { wordsOf, type Words } from './wordBoundaries.ts';

/** A glossary form found in a text: where it starts, and the form. */
export interface GlossaryWord {
  index: number;
  form: string;
}

/**
 * The glossary words of `text`, in order and not overlapping: at each place the longest form that stands there as
 * whole words of the sentence (wordBoundaries.ts), never a form inside a longer word — 于书记 is not a word of
 * 关于书记处 (关于|书记|处), nor 心系 of 中心系列. `ownScript`: the text is shown in the script it is written in, so no
 * conversion runs and only the forms wrong in that script (the other script's, `avoid`) are found.
 */
export function glossaryWords(text: string, converter: ScriptConverter, ownScript?: Script): GlossaryWord[] {
  const pattern = ownScript ? converter.glossaryChanging[ownScript] : converter.glossaryPattern;
  if (!pattern) return [];
  const found: GlossaryWord[] = [];
  const wanted = (form: string) => !ownScript || converter.glossaryWrong[ownScript].has(form);
  // The words of the sentence around a place: ICU never joins words across the clause boundaries, so the sentence
  // between two of them is segmented alone (and once).
  const sentences = new Map<number, { start: number; words: Words }>();
  const wordsAround = (index: number, length: number) => {
    const [start, end] = sentenceAround(text, index, index + length);
    let sentence = sentences.get(start);
    if (!sentence || sentence.start + sentence.words.length < index + length) {
      sentence = { start, words: wordsOf(text.slice(start, end)) };
      sentences.set(start, sentence);
    }
    return sentence;
  };
  const whole = (index: number, form: string) => {
    const { start, words } = wordsAround(index, form.length);
    return words.whole(index - start, index - start + form.length);
  };
  const scan = new RegExp(pattern.source, 'gu');
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const index = m.index;
    // The longest form here that is whole words: the pattern's own match, else a shorter form starting here.
    const form = [m[0], ...converter.glossaryForms.filter((f) => f !== m![0] && f.length < m![0].length)]
      .filter((f) => text.startsWith(f, index) && wanted(f))
      .find((f) => whole(index, f));
    if (form) {
      found.push({ index, form });
      scan.lastIndex = index + form.length;
    } else scan.lastIndex = index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
  }
  return found;
}

const BOUNDARY = new RegExp(CLAUSE_BOUNDARY.source, 'u');

/** The sentence of `text` (between clause boundaries) that holds `[start, end)`: its start and end. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return [lastBoundaryBefore(text, start), nextBoundaryFrom(text, end)];
}

function lastBoundaryBefore(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (BOUNDARY.test(text[i]!)) return i + 1;
  return 0;
}

function nextBoundaryFrom(text: string, index: number): number {
  for (let i = index; i < text.length; i++) if (BOUNDARY.test(text[i]!)) return i;
  return text.length;
}
