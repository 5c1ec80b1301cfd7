/** `text` written as a regular expression that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

/** An alternation matching any of `words` literally (`a|b|c`); group it where it is used. */
export function anyOfWords(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}
