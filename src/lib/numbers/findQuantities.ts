import { parseChineseNumber } from './parseChineseNumber.ts';

/**
 * Finds every number in a Chinese text and says what kind of number it is, so that callers can keep the
 * quantities (16萬餘份, 110名, 6.7萬人) and skip dates (1月27日, 大年初一), times of day (18:30) and ranges (6-8人).
 *
 * - `value`: the number; for a range its low end (`max` is the high end); for a date its most precise part
 *   (the day of 1月25日, the month of 1月, the year of 2020年); for a time of day hours + minutes/60.
 * - `approx`: the text says 余/餘/多 (10餘萬元, 20多天): the value is a lower bound.
 * - `unit`: the measure word that follows, exactly as written (隻 or 只), when it is a known one.
 *
 * Chinese numerals are only taken as numbers when a measure word follows (一家, 四處) or when they have a
 * power in them (二十, 三萬), so 一是, 萬無一失, 老百姓 and 兩委 are not numbers. Ordinals (第一批) are skipped.
 */
export interface FoundQuantity {
  raw: string;
  value: number;
  /** High end of a range. */
  max?: number;
  approx: boolean;
  unit?: string;
  index: number;
  kind: 'quantity' | 'date' | 'time' | 'range';
}

/** Measure words, longest first so that 人次 wins over 人. Both scripts. */
const UNITS = [
  '平方米',
  '人次',
  '小时',
  '小時',
  '分钟',
  '分鐘',
  '公斤',
  '千克',
  '公里',
  '个',
  '個',
  '名',
  '人',
  '位',
  '份',
  '幅',
  '只',
  '隻',
  '支',
  '桶',
  '吨',
  '噸',
  '副',
  '套',
  '箱',
  '元',
  '处',
  '處',
  '家',
  '户',
  '戶',
  '次',
  '条',
  '條',
  '张',
  '張',
  '斤',
  '袋',
  '瓶',
  '辆',
  '輛',
  '台',
  '件',
  '例',
  '天',
  '周',
  '週',
  '年',
  '岁',
  '歲',
  '批',
  '组',
  '組',
  '项',
  '項',
  '口',
  '封',
  '本',
  '间',
  '間',
  '所',
  '座',
  '场',
  '場',
  '轮',
  '輪',
  '块',
  '塊',
  '双',
  '雙',
  '盒',
  '包',
  '秒',
  '米',
  '亩',
  '畝',
].sort((a, b) => b.length - a.length);

/** A measure word followed by these is part of another word: 一次性, 口罩, 支部. */
const NOT_A_UNIT_BEFORE: Readonly<Record<string, RegExp>> = { 次: /^性/, 口: /^罩/, 支: /^[部持援付]/ };

const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const CN_DIGIT = '〇零一二两兩三四五六七八九';
/** A Chinese numeral starts with a digit or 十, never with 百/千/万 (万一, 老百姓). */
const CN = `[${CN_DIGIT}十][${CN_DIGIT}十百千万萬亿億]*`;
const CN_SMALL = `[${CN_DIGIT}十][${CN_DIGIT}十百]*`;
const NUM = `(?:${ARABIC}|${CN})`;
const DAY = `(?:\\d{1,2}|${CN_SMALL})`;
const YEAR = `(?:\\d{4}|[〇零一二三四五六七八九]{4})`;

const PATTERN = new RegExp(
  [
    String.raw`(?<iso>\d{4}-\d{1,2}-\d{1,2})(?!\d)`,
    String.raw`(?<time>\d{1,2}[:：]\d{2})(?!\d)`,
    `(?<date>(?:${YEAR}年)?${DAY}月(?:${DAY}[日号號])?|${YEAR}年|${DAY}[日号號]|初[一二三四五六七八九十]+)`,
    `(?<range>(?<lo>${NUM})\\s*[-–—~～至到]\\s*(?<hi>${NUM})(?<rangeApprox>[余餘多])?)`,
    `(?<num>${NUM})(?<approx1>[余餘多])?(?<mult>[千万萬亿億]+(?![克米瓦]))?(?<approx2>[余餘多])?`,
  ].join('|'),
  'gu',
);

export function findQuantities(text: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups!;
    const index = m.index;
    const before = text.slice(Math.max(0, index - 2), index);
    // 第一批 is an ordinal; COVID-19 and H1N1 are names.
    if (/第$/.test(before) || /[A-Za-z]-?$/.test(before)) continue;

    if (g.iso) {
      const [, , day] = g.iso.split('-').map(Number);
      found.push({ raw: g.iso, value: day!, approx: false, index, kind: 'date' });
    } else if (g.time) {
      const [h, min] = g.time.split(/[:：]/).map(Number);
      found.push({ raw: g.time, value: h! + min! / 60, approx: false, index, kind: 'time' });
    } else if (g.date) {
      const parts = g.date
        .replace(/^初/, '')
        .split(/[年月日号號]/)
        .filter(Boolean);
      const value = parseChineseNumber(parts.at(-1)!);
      if (value !== undefined) found.push({ raw: g.date, value, approx: false, index, kind: 'date' });
    } else if (g.range) {
      const lo = parseChineseNumber(g.lo!);
      const hi = parseChineseNumber(g.hi!);
      if (lo === undefined || hi === undefined) continue;
      const unit = unitAt(text, index + g.range.length);
      found.push({
        raw: g.range + (unit ?? ''),
        value: lo,
        max: hi,
        approx: Boolean(g.rangeApprox),
        unit,
        index,
        kind: 'range',
      });
    } else if (g.num) {
      const number = g.num;
      const unit = unitAt(text, index + m[0].length);
      const chinese = !/^\d/.test(number);
      if (chinese && !unit && !g.mult && !(number.length >= 2 && /[十百千万萬亿億]/.test(number))) {
        // No measure word and no power: 一是, 兩委, 一一. Two neighbouring digits with a measure word (三四个)
        // are handled below; bare ones are not numbers.
        continue;
      }
      const neighbours = chinese && /^[一二三四五六七八九]{2}$/.test(number) ? [...number] : undefined;
      const approx = Boolean(g.approx1 || g.approx2);
      const raw = m[0] + (unit ?? '');
      if (neighbours && parseChineseNumber(neighbours[1]!)! === parseChineseNumber(neighbours[0]!)! + 1) {
        // 三四个人, 六七天: "three or four".
        found.push({
          raw,
          value: parseChineseNumber(neighbours[0]!)!,
          max: parseChineseNumber(neighbours[1]!)!,
          approx,
          unit,
          index,
          kind: 'range',
        });
        continue;
      }
      const value = parseChineseNumber(number + (g.mult ?? ''));
      if (value === undefined) continue;
      found.push({ raw, value, approx, unit, index, kind: 'quantity' });
    }
  }
  return found;
}

/** The measure word starting at `at`, if any. */
function unitAt(text: string, at: number): string | undefined {
  const rest = text.slice(at);
  const unit = UNITS.find((u) => rest.startsWith(u));
  if (!unit) return undefined;
  const not = NOT_A_UNIT_BEFORE[unit];
  return not && not.test(rest.slice(unit.length)) ? undefined : unit;
}
