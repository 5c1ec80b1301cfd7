import type { ScriptConverter } from '../conversion/createConverter.ts';

/**
 * Positions of the characters in `text` written in the script other than `majority`, for the report on mixed text
 * (detectScript gives only counts). Same evidence as detectScript: a Simplified-only character is one that cn→tw
 * changes and tw→cn leaves; both conversions are of the whole text, so phrase context counts.
 */
export function minorityScriptChars(
  text: string,
  majority: 'hans' | 'hant',
  converter: ScriptConverter,
): { index: number; char: string }[] {
  const chars = Array.from(text);
  const simplified = Array.from(converter.t2s(text));
  const traditional = Array.from(converter.s2t(text));
  if (simplified.length !== chars.length || traditional.length !== chars.length) return [];
  const found: { index: number; char: string }[] = [];
  let index = 0;
  chars.forEach((c, i) => {
    const t2sChanges = simplified[i] !== c;
    const s2tChanges = traditional[i] !== c;
    const minority = majority === 'hant' ? s2tChanges && !t2sChanges : t2sChanges && !s2tChanges;
    if (minority) found.push({ index, char: c });
    index += c.length;
  });
  return found;
}
