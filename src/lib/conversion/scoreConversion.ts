import { editDistance } from '../text/editDistance.ts';

/** One sentence to convert and the answer it should give. */
export interface ConversionCase {
  id: string;
  input: string;
  expected: string;
}

/** Where a converted sentence first leaves its answer (index in characters, i.e. code points). */
export interface FirstDifference {
  at: number;
  /** The answer's character there ('' when the output is longer). */
  expectedChar: string;
  /** The output's character there ('' when the output is shorter). */
  actualChar: string;
}

export interface WrongSentence extends ConversionCase, FirstDifference {
  /** What the converter gave. */
  actual: string;
}

export interface ConversionScore {
  sentences: number;
  sentencesRight: number;
  /** Characters in the answers. */
  characters: number;
  /** Per sentence, the answer's length less the edit distance to the output (never below 0), summed. */
  charactersRight: number;
  wrong: WrongSentence[];
}

/** The first character where `actual` and `expected` differ; null when they are equal. */
export function firstDifference(actual: string, expected: string): FirstDifference | null {
  if (actual === expected) return null;
  const a = [...actual];
  const e = [...expected];
  let at = 0;
  while (at < a.length && at < e.length && a[at] === e[at]) at++;
  return { at, expectedChar: e[at] ?? '', actualChar: a[at] ?? '' };
}

/** Sentence and character accuracy of a converter's `outputs` (in the cases' order), with every wrong sentence. */
export function scoreConversion(cases: readonly ConversionCase[], outputs: readonly string[]): ConversionScore {
  if (outputs.length !== cases.length) throw new Error(`${outputs.length} outputs for ${cases.length} cases`);
  const score: ConversionScore = { sentences: 0, sentencesRight: 0, characters: 0, charactersRight: 0, wrong: [] };
  cases.forEach((c, i) => {
    const actual = outputs[i]!;
    const length = [...c.expected].length;
    score.sentences++;
    score.characters += length;
    score.charactersRight += Math.max(0, length - editDistance(actual, c.expected));
    const difference = firstDifference(actual, c.expected);
    if (difference) score.wrong.push({ ...c, ...difference, actual });
    else score.sentencesRight++;
  });
  return score;
}
