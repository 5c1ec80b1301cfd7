/**
 * Text with widths, case and spaces folded, so that a copy of a line (a repeated lead, a caption, a furniture
 * string) is recognised whatever a page or the import's punctuation fixes did to it.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/gu, '')
    .toLowerCase();
}
