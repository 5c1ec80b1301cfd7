import { measureWordAt } from '../../config/measureWords.ts';
import { parseChineseNumber } from './parseChineseNumber.ts';

/**
 * Finds every number in a Chinese text and says what kind of number it is, so that callers can keep the
 * quantities (16萬餘份, 110名, 6.7萬人) and skip dates (1月27日, 大年初一), times of day (18:30), ranges (6-8人)
 * and labels (47号通告, 第一批, N95, 75%).
 *
 * - `value`: the number; for a range its low end (`max` is the high end); for a date its most precise part
 *   (the day of 1月25日, the month of 1月, the year of 2020年); for a time of day hours + minutes/60.
 * - `approx`: the text says 余/餘/多/几/以上/逾 (10餘萬元, 20多天, 10人以上): the value is a lower bound.
 * - `about`: the text says 约/近/左右 (约340人): the value is rounded.
 * - `unit`: the measure word that follows (src/config/measureWords.ts), exactly as written (隻 or 只).
 * - `label`: for kind `label`, what the number names instead of counting.
 *
 * Chinese numerals are only taken as numbers when a measure word follows (一家, 四處) or when they have a
 * power in them (二十, 三萬), so 一是, 萬無一失, 老百姓 and 兩委 are not numbers; financial numerals (壹佰) and
 * full-width digits (１２) are read like the common ones.
 */
export interface FoundQuantity {
  raw: string;
  value: number;
  /** High end of a range. */
  max?: number;
  approx: boolean;
  about?: true;
  unit?: string;
  index: number;
  kind: 'quantity' | 'date' | 'time' | 'range' | 'label';
  label?: 'ordinal' | 'document' | 'code' | 'percent';
}

/** Financial numerals (大写数字) and the common numeral each stands for. */
const FINANCIAL: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};

const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const CN_DIGIT = '〇零一二两兩三四五六七八九';

/**
 * A financial numeral is a number only beside another numeral or before money (壹佰份, 2萬伍仟, 伍元): alone it is
 * most often part of a word (队伍, 入伍, 參加, 大陆, 陆续, 肆虐, 收拾), and 队伍对 is no 5对.
 */
const FINANCIAL_DIGIT = `[${Object.keys(FINANCIAL).join('')}]`;
const FINANCIAL_NUMBER = new RegExp(
  `(?<=[\\d０-９${CN_DIGIT}十百千万萬亿億])${FINANCIAL_DIGIT}+|${FINANCIAL_DIGIT}{2,}|${FINANCIAL_DIGIT}(?=[万萬亿億元圆圓角])`,
  'gu',
);

/** Financial numerals and full-width digits as the common characters, one for one (so indexes stay the same). */
function plainNumerals(text: string): string {
  return text
    .replace(FINANCIAL_NUMBER, (run) => [...run].map((c) => FINANCIAL[c]).join(''))
    .replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
/**
 * A Chinese numeral starts with a digit, 十 or a written-together ten (廿 20, 卅 30, 卌 40: 廿七位志工), never with
 * 百/千/万 (万一, 老百姓), nor after 几 (几十人 is vague).
 */
const CN = `(?<![几幾数數])[${CN_DIGIT}十廿卅卌][${CN_DIGIT}十百千万萬亿億]*`;
const CN_SMALL = `[${CN_DIGIT}十][${CN_DIGIT}十百]*`;
const NUM = `(?:${ARABIC}|${CN})`;
const DAY = `(?:\\d{1,2}|${CN_SMALL})`;
const YEAR = `(?:\\d{4}|[〇零一二三四五六七八九]{4})`;
/** What a numbered 号 names when it is not a day: 47号通告, 3号店, 〔2020〕3号. */
const NUMBERED = '(?:通告|公告|令|文件|文|店|楼|樓|院|线|線|房|门|門|窗口|车|車|机|機|床|馆|館)';

const PATTERN = new RegExp(
  [
    String.raw`(?<document>(?:[〔［\[(（]\d{4}[〕］\])）]\s*)\d+[号號]|\d+[号號](?=${NUMBERED}))`,
    String.raw`(?<iso>\d{4}-\d{1,2}-\d{1,2})(?!\d)`,
    // No lookahead: a counter glued to a time (17:23 + 0) must not turn the time into a count.
    String.raw`(?<time>\d{1,2}[:：]\d{2})`,
    `(?<date>(?:${YEAR}年)?${DAY}月(?:${DAY}[日号號])?|${YEAR}年|${DAY}[日号號]|初[一二三四五六七八九十]+)`,
    `(?<range>(?<lo>${NUM})\\s*[-–—~～至到]\\s*(?<hi>${NUM})(?<rangeApprox>[余餘多])?)`,
    // The tail after a power may carry powers of its own: 1萬2, 1万2,000, 5千2百, 1萬2千3百, 2萬伍仟 (a Chinese digit
    // only before its power).
    // 上千吨, 近万元, 超千条, 万多份, 百余件: a hundred, a thousand or ten thousand written as the power alone, rounded
    // or a lower bound (never 千万, 万一 or 百姓: a word before or 余/多 after must say it is a number).
    `(?<bare>(?<=[上近超逾])[百千万萬]|(?<![\\d${CN_DIGIT}十百千万萬亿億几幾数數])[百千万萬](?=[余餘多]))(?<approx3>[余餘多])?`,
    `(?<num>${NUM})(?<approx1>[余餘多几幾])?(?<mult>[千万萬亿億]+(?![克米瓦])(?<tail>(?:\\d{1,3},\\d{3}|(?:零?(?:\\d{1,4}[千百十]?|[${CN_DIGIT.slice(2)}][千百十]))+)(?![\\d.,]))?)?(?<approx2>[余餘多])?`,
  ].join('|'),
  'gu',
);

/** 2组、7组、8组和9组: a village group's number in a list of them, before or after the one read. */
const GROUP_NUMBER = String.raw`(?:\d+|[一二三四五六七八九十]+)[组組社]`;
const GROUP_NUMBER_LIST_AFTER = new RegExp(`^[组組社][、和与與及]${GROUP_NUMBER}`, 'u');
const GROUP_NUMBER_LIST_BEFORE = new RegExp(`${GROUP_NUMBER}[、和与與及]$`, 'u');

const LOWER_BOUND_BEFORE = /(?:逾|超过|超過|多达|多達)$/u;
const ROUNDED_BEFORE = /(?:大约|大約|约|約|将近|將近|(?<![附最])近)$/u;
const LOWER_BOUND_AFTER = /^以上/u;
const ROUNDED_AFTER = /^左右/u;

export function findQuantities(original: string): FoundQuantity[] {
  const text = plainNumerals(original);
  const found: FoundQuantity[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups!;
    const index = m.index;
    const before = text.slice(0, index);
    const afterNumber = text.slice(index + m[0].length);
    const label = (raw: string, what: NonNullable<FoundQuantity['label']>) =>
      found.push({
        raw: original.slice(index, index + raw.length),
        value: parseChineseNumber(/[\d〇零一二两兩三四五六七八九十百千万萬]+/u.exec(raw)?.[0] ?? '') ?? Number.NaN,
        approx: false,
        index,
        kind: 'label',
        label: what,
      });

    if (/第$/u.test(before)) {
      label(m[0], 'ordinal');
      continue;
    }
    // COVID-19, H1N1, N95 are names; 3D, 5G and 500ml are names or sizes.
    if (/[A-Za-z]-?$/u.test(before) || /^[A-Za-z]/u.test(afterNumber)) {
      label(m[0], 'code');
      continue;
    }
    // 周洋村5组, 翰林村16社, 沙戈7组的村民, 2组、7组之间: a village group's number is part of an address, and so is
    // each number of a list of groups.
    if (
      (/[村]$/u.test(before) && /^[组組社队隊]/u.test(afterNumber)) ||
      /^[组組社](?:的)?(?:村民|居民|群众|群眾|农户|農戶)/u.test(afterNumber) ||
      GROUP_NUMBER_LIST_AFTER.test(afterNumber) ||
      GROUP_NUMBER_LIST_BEFORE.test(before)
    ) {
      label(m[0], 'document');
      continue;
    }
    // 75%, 百分之八十, and percentage points (下滑4.51个百分点), which 个 would otherwise count.
    if (/^(?:[%％]|[个個]?百分[点點])/u.test(afterNumber) || /百分之$/u.test(before)) {
      label(m[0], 'percent');
      continue;
    }

    if (g.document) {
      label(g.document, 'document');
    } else if (g.iso) {
      const [, , day] = g.iso.split('-').map(Number);
      found.push({ raw: g.iso, value: day!, approx: false, index, kind: 'date' });
    } else if (g.time) {
      const [h, min] = g.time.split(/[:：]/).map(Number);
      found.push({ raw: g.time, value: h! + min! / 60, approx: false, index, kind: 'time' });
    } else if (g.date) {
      const date = datePart(g.date);
      if (date === 'invalid') label(g.date, 'document');
      else if (date !== undefined)
        found.push({
          raw: original.slice(index, index + g.date.length),
          value: date,
          approx: false,
          index,
          kind: 'date',
        });
    } else if (g.range) {
      const lo = parseChineseNumber(g.lo!);
      const hi = parseChineseNumber(g.hi!);
      if (lo === undefined || hi === undefined) continue;
      const end = index + g.range.length;
      const unit = measureWordAt(text.slice(end))?.written;
      found.push({
        raw: original.slice(index, end + (unit?.length ?? 0)),
        value: lo,
        max: hi,
        approx: Boolean(g.rangeApprox),
        unit,
        index,
        kind: 'range',
      });
    } else if (g.bare) {
      const end = index + m[0].length;
      const unit = measureWordAt(text.slice(end))?.written;
      if (!unit) continue;
      found.push({
        raw: original.slice(index, end + unit.length),
        value: parseChineseNumber(`一${g.bare}`)!,
        approx: Boolean(g.approx3) || /[上超逾]$/u.test(before),
        ...(/近$/u.test(before) ? { about: true as const } : {}),
        unit,
        index,
        kind: 'quantity',
      });
    } else if (g.num) {
      const number = g.num;
      const end = index + m[0].length;
      const unit = measureWordAt(text.slice(end))?.written;
      const chinese = !/^\d/.test(number);
      if (chinese && !unit && !g.mult && !(number.length >= 2 && /[十百千万萬亿億]/.test(number))) {
        // No measure word and no power: 一是, 兩委, 一一. Two neighbouring digits with a measure word (三四个)
        // are handled below; bare ones are not numbers.
        continue;
      }
      if (!chinese && !unit && !g.mult && /^\d{7,}$/.test(number)) {
        // A long bare run of digits is a phone number, an id or a date code (1090411), never a count.
        label(number, 'code');
        continue;
      }
      const after = text.slice(end + (unit?.length ?? 0));
      const approx =
        Boolean(g.approx1 || g.approx2) ||
        LOWER_BOUND_BEFORE.test(before) ||
        (Boolean(unit) && LOWER_BOUND_AFTER.test(after));
      const about = ROUNDED_BEFORE.test(before) || ROUNDED_AFTER.test(after);
      const raw = original.slice(index, end + (unit?.length ?? 0));
      const common = { raw, approx, ...(about ? { about: true as const } : {}), unit, index };
      const digitsOnly = chinese && /^[一二两兩三四五六七八九]{2,}$/.test(number);
      const neighbours = digitsOnly && number.length === 2 ? [...number] : undefined;
      if (neighbours && parseChineseNumber(neighbours[1]!)! === parseChineseNumber(neighbours[0]!)! + 1) {
        // 三四个人, 六七天: "three or four".
        found.push({
          ...common,
          value: parseChineseNumber(neighbours[0]!)!,
          max: parseChineseNumber(neighbours[1]!)!,
          kind: 'range',
        });
        continue;
      }
      // Digits without powers are read positionally only in years (二〇二〇): 一一对应 is no count.
      if (digitsOnly) continue;
      const value = parseChineseNumber(number + (g.mult ?? ''));
      if (value === undefined) continue;
      found.push({ ...common, value, kind: 'quantity' });
    }
  }
  return found;
}

const DATE_PARTS = /^(?:(?<year>.+?)年)?(?:(?<month>.+?)月)?(?:(?<day>.+?)[日号號])?$/u;

/**
 * The most precise part of a date (its day, else its month, else its year), or 'invalid' when the day or month is
 * out of range: 47号 before a noun NUMBERED does not list is a number, not a day.
 */
function datePart(date: string): number | 'invalid' | undefined {
  if (date.startsWith('初')) return parseChineseNumber(date.slice(1));
  const { year, month, day } = DATE_PARTS.exec(date)?.groups ?? {};
  const m = month === undefined ? undefined : parseChineseNumber(month);
  const d = day === undefined ? undefined : parseChineseNumber(day);
  if ((m !== undefined && (m < 1 || m > 12)) || (d !== undefined && (d < 1 || d > 31))) return 'invalid';
  return d ?? m ?? (year === undefined ? undefined : parseChineseNumber(year));
}
