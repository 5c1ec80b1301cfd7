/**
 * Characters that Simplified→Traditional conversion changes (OpenCC's STCharacters: 余 → 餘, 于 → 於, 后 → 後) but
 * that Traditional text also writes: OpenCC's own STPhrases keeps each of them in some word (余光中, 于丹, 皇后).
 * Conversion alone would call 余 in 余秋雨 Simplified; it is not, so a glossary entry may keep it. Derived from
 * opencc-js's dictionaries; traditionalAlso.test.ts derives it again and fails if a new version changes it.
 */
export const TRADITIONAL_ALSO: ReadonlySet<string> = new Set(
  '万丑丰么于云仆价伙余佣党准几凶划占厂厘台叶吁吃后咨咸夸尸岩岳帘干广征恒愿据斗朴杠杰柜涂涌淀游熏皂确种筑胜腊腌膻苹范荐虫虱蜡跖辟适郁采里霉',
);
