const HAN = /\p{Script=Han}/gu;

/** How many Han characters a text holds: what makes a line prose, a headline or a name. */
export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Ends a sentence, whatever emoji or spaces follow: 大家辛苦了！👍 is prose however short. */
export const SENTENCE_CLOSE = /[。！？!?][^\p{L}\p{N}]*$/u;
