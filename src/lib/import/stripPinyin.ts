/**
 * Pinyin annotations left by scrapers after a Han character: 鎮(zhèn), 領(lǐng), 責(zé). A syllable in
 * brackets counts as pinyin only when it carries a tone mark or ü, so real parentheticals stay: (李靜), (COVID-19),
 * (試行), （2020年）, and Latin words in brackets such as (app).
 */
const ANNOTATION = /(?<=\p{Script=Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ][a-zü]*[)）]/gu;

export function stripPinyin(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(ANNOTATION, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed };
}
