const HAN = /\p{Script=Han}/gu;

/** How many Han characters a text holds: what makes a line prose, a headline or a name. */
export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Ends a sentence, whatever emoji or spaces follow: 大家辛苦了！👍 is prose however short. */
export const SENTENCE_CLOSE = /[。！？!?][^\p{L}\p{N}]*$/u;

/** The punctuation inside a sentence, never at its end. */
const INSIDE_SENTENCE = '[，,、；;]';
/**
 * A line opening with the punctuation inside a sentence carries on the line above it (…石井村從來沒有自來水管, /
 * ,居民洗澡…): the line above is no headline nor heading, but part of a sentence cut over lines.
 */
export const CARRIED_ON = new RegExp(`^\\s*${INSIDE_SENTENCE}`, 'u');
/** …and the same marks closing the line above (…自來水管，). */
export const CARRYING_ON = new RegExp(`${INSIDE_SENTENCE}$`, 'u');

/** The marks that separate a sentence's parts (global: read with match, for counting them). */
export const SENTENCE_PUNCTUATION = /[，。！？；、：,.;!?]/gu;

/** Longer than any headline or menu, and menus put spaces or | between their items. */
const UNPUNCTUATED_PROSE_MIN_HAN = 60;
const UNPUNCTUATED_PROSE_MIN_SHARE = 0.9;

/** A paragraph a site printed with its punctuation stripped: a long run of Han characters and not one mark. */
export function isUnpunctuatedProse(text: string): boolean {
  const han = countHan(text);
  return (
    han >= UNPUNCTUATED_PROSE_MIN_HAN &&
    han >= UNPUNCTUATED_PROSE_MIN_SHARE * text.trim().length &&
    !text.match(SENTENCE_PUNCTUATION)
  );
}
