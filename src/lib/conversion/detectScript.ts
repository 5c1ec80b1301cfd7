import type { ScriptConverter } from './createConverter.ts';

export type DetectedScript = 'hans' | 'hant' | 'neutral' | 'mixed';

export interface ScriptDetection {
  script: DetectedScript;
  /** Characters only Simplified writes (cn→tw changes them, tw→cn leaves them). */
  hans: number;
  /** Characters only Traditional writes (tw→cn changes them, cn→tw leaves them). */
  hant: number;
  /** Characters either converter changes but that prove nothing: 么 (both change it), 裏, 乾 (valid Simplified). */
  ambiguous: number;
}

/**
 * Characters that tw→cn changes but that standard Simplified also writes (乾安县, 乾隆, 宫商角徵羽…):
 * seeing one is not evidence of Traditional. The BMP characters OpenCC's own TSPhrases outputs in Simplified
 * text although TSCharacters converts them, minus 計 (an OpenCC oddity) and
 * 於 (far more common as Traditional 於 than as the rare surname).
 */
const SHARED = new Set([...'乾剋劄吒徵扞昇氾濛祕脩苧蒐薹袷谿釐陞麽']);

/**
 * Below this the minority script is treated as stray characters rather than a mix: at least 2 characters and
 * 10 % of the majority (a tie always counts as mixed). Why: one 乾-like trap or OpenCC quirk in a long
 * Simplified paragraph must not make us run t2s over it.
 */
const MIXED_MIN = 2;
const MIXED_RATIO = 0.1;

/**
 * Which script `text` is in, with the evidence counts so callers can explain a verdict. Evidence is gathered
 * per position by comparing the text with both conversions of the whole text (so phrase context counts:
 * 著名 stays 著名, 看著 becomes 看着).
 */
export function detectScript(text: string, converter: ScriptConverter): ScriptDetection {
  const { hans, hant, ambiguous } = evidence(text, converter.t2s(text), converter.s2t(text), converter);

  const min = Math.min(hans, hant);
  const max = Math.max(hans, hant);
  let script: DetectedScript;
  if (max === 0) script = 'neutral';
  else if (min > 0 && (min === max || (min >= MIXED_MIN && min >= max * MIXED_RATIO))) script = 'mixed';
  else script = hans > hant ? 'hans' : 'hant';
  return { script, hans, hant, ambiguous };
}

const SURROGATE = /[\uD800-\uDFFF]/u;

/** Counts, position by position, the characters each conversion changes (see ScriptDetection). */
function evidence(text: string, simplified: string, traditional: string, converter: ScriptConverter) {
  const counts = { hans: 0, hant: 0, ambiguous: 0 };
  const count = (c: string, t2sChanges: boolean, s2tChanges: boolean) => {
    if (t2sChanges && !s2tChanges && !SHARED.has(c)) counts.hant++;
    else if (s2tChanges && !t2sChanges) counts.hans++;
    else if (t2sChanges || s2tChanges) counts.ambiguous++;
  };
  // Common case, without splitting into arrays: all three the same length and no surrogate pairs, so UTF-16
  // positions are character positions.
  if (simplified.length === text.length && traditional.length === text.length && !SURROGATE.test(text)) {
    for (let i = 0; i < text.length; i++) {
      const t2sChanges = simplified.charCodeAt(i) !== text.charCodeAt(i);
      const s2tChanges = traditional.charCodeAt(i) !== text.charCodeAt(i);
      if (t2sChanges || s2tChanges) count(text[i]!, t2sChanges, s2tChanges);
    }
    return counts;
  }
  const chars = Array.from(text);
  let simplifiedChars = Array.from(simplified);
  let traditionalChars = Array.from(traditional);
  // OpenCC maps CJK one-to-one in practice; if a dictionary ever changes length, fall back to converting
  // character by character (loses phrase context, keeps positions aligned).
  if (simplifiedChars.length !== chars.length) simplifiedChars = chars.map((c) => converter.t2s(c));
  if (traditionalChars.length !== chars.length) traditionalChars = chars.map((c) => converter.s2t(c));
  chars.forEach((c, i) => count(c, simplifiedChars[i] !== c, traditionalChars[i] !== c));
  return counts;
}
