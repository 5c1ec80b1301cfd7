/**
 * `text` made into a valid name (lowercase ASCII letters, digits, single hyphens): Nixi-Test → nixi-test,
 * "nixi 2020.02.20" → nixi-2020-02-20. Empty when nothing of it is ASCII (泥溪镇): there is no pinyin dictionary
 * here, so no name is made up.
 */
export function suggestName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
