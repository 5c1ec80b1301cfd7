/** A clause of a figure's paragraph ends at these: commas, semicolons, colons, sentence ends and line breaks. */
export const CLAUSE_END = /[，,；;。！？!?：:\n]/u;
/** A sentence of a figure's paragraph ends at these. */
export const SENTENCE_END = /[。！？!?\n]/u;

/** Where the last character matching `pattern` before `before` is, or -1 (the start of a clause, a sentence…). */
export function lastIndexOf(text: string, pattern: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i;
  return -1;
}

/** Where the first character matching `pattern` from `from` on is, or the text's length (the end of a clause…). */
export function indexOf(text: string, pattern: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i]!)) return i;
  return text.length;
}
