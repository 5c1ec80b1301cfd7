/**
 * Which script a browser's language list asks for: zh-TW, zh-HK, zh-MO and zh-Hant* read Traditional; other
 * Chinese (zh, zh-CN, zh-SG, zh-Hans*) reads Simplified. No Chinese preference: the first offered.
 */
export function pickLocale(browserLanguages: readonly string[], offered: readonly string[]): string {
  const hant = offered.find((tag) => /hant/i.test(tag));
  const hans = offered.find((tag) => /hans/i.test(tag));
  for (const language of browserLanguages.map((l) => l.toLowerCase())) {
    if (!language.startsWith('zh')) continue;
    if (/hant|-tw|-hk|-mo/.test(language)) return hant ?? offered[0]!;
    return hans ?? offered[0]!;
  }
  return offered[0]!;
}
