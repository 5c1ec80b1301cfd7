import { unitId } from '../../config/categories.ts';
import { findQuantities } from '../numbers/findQuantities.ts';
import { guessCategory } from './guessCategory.ts';
import { guessKind } from './guessKind.ts';
import type { MonthDay } from './listDates.ts';
import type { Block, DraftFigure } from './types.ts';

export interface SkippedNumber {
  raw: string;
  reason: string;
  line: number;
}

const CLAUSE_END = /[，,；;。！？!?：:]/u;
const SENTENCE_END = /[。！？!?]/u;
const ITEM_END = /[、，,；;。！？!?：:]/u;
/** A village named at the start of a clause: 上流庄村30名党员. Not 各村, 全村, 农村… */
const VILLAGE = /(?<=^|[，、。；：])(?![各全本该該每农農入进進到出])\p{Script=Han}{1,4}村(?![民委级級组組干幹务務])/gu;

/**
 * Every count in the paragraphs, as draft tally figures. Skipped, and listed as such: dates and times, numbers
 * without a measure word (84消毒液, 95%), measure words no category uses (20多天, 24小时, 一家四口, 65岁), the numeral
 * 一 (一名共产党员, 一份答卷 are set phrases), rates (每天两次), and population counts (沙沟镇6.7万人).
 * `simplified` is the paragraph converted to Simplified character for character (the keyword tables are
 * Simplified); `dates` are the paragraph's dates from listDates.
 */
export function findFigures(
  block: Block,
  simplified: string,
  dates: readonly MonthDay[],
): {
  figures: DraftFigure[];
  skipped: SkippedNumber[];
} {
  const { text, line } = block;
  const figures: DraftFigure[] = [];
  const skipped: SkippedNumber[] = [];
  const skip = (raw: string, reason: string) => skipped.push({ raw, reason, line });

  for (const q of findQuantities(text)) {
    if (q.kind === 'date' || q.kind === 'time') continue;
    const start = q.index;
    const end = q.index + q.raw.length;
    const before = text.slice(0, start);
    if (!q.unit) {
      skip(q.raw, 'no measure word');
      continue;
    }
    if (!unitId(q.unit)) {
      skip(q.raw, 'measure word no category uses (天, 小时, 口, 岁…)');
      continue;
    }
    if (q.kind === 'quantity' && /^一(?![\d万萬千百十])/u.test(q.raw)) {
      skip(q.raw, 'the numeral 一 in a set phrase');
      continue;
    }
    if (/每[天日周週月年人户戶次]?$/u.test(before)) {
      skip(q.raw, 'a rate (每…)');
      continue;
    }
    if (
      unitId(q.unit) === '人' &&
      q.value >= 1000 &&
      (/(?:[镇鎮县縣乡鄉村市区區]|人口[为為是达達约約共有]*)$/u.test(before) || text[end] === '口')
    ) {
      skip(q.raw, 'a population');
      continue;
    }

    const clauseStart = lastIndexOf(text, CLAUSE_END, start) + 1;
    const clauseEnd = indexOf(text, CLAUSE_END, end);
    const sentenceStart = lastIndexOf(text, SENTENCE_END, start) + 1;
    const itemStart = lastIndexOf(text, ITEM_END, start) + 1;
    const itemEnd = indexOf(text, ITEM_END, end);
    const quote = text.slice(clauseStart, clauseEnd);
    const kind = guessKind(simplified, { start, end }, [clauseStart, clauseEnd], sentenceStart);
    const date = [...dates].reverse().find((d) => d.index < start && d.index >= sentenceStart);
    const place = [...text.slice(sentenceStart, start).matchAll(VILLAGE)].at(-1)?.[0];
    const common = {
      quantity: q.value,
      ...(q.kind === 'range' ? { quantityMax: q.max! } : {}),
      qualifier: q.kind === 'range' ? 'range' : q.approx ? 'approx-more-than' : 'exact',
      unit: q.unit,
      kind,
      ...(date ? { monthDay: { month: date.month, day: date.day } } : {}),
      ...(place ? { place } : {}),
      quote,
      line,
    } as const;

    // 84消毒液及消毒酒精各2吨: "each", one figure per thing listed before 各.
    if (text[start - 1] === '各') {
      const listed = text.slice(itemStart, start - 1);
      let at = itemStart;
      for (const part of listed.split(/[及和与與、]/u)) {
        const guess = guessCategory(simplified, { start: at, end: at + part.length, unit: q.unit }, [
          [at, at + part.length],
        ]);
        figures.push({
          ...common,
          category: guess.category,
          item: part,
          doubt: `one of the things counted with 各 (each)`,
        });
        at += part.length + 1;
      }
      continue;
    }

    // 每名返乡人员固定6-8人的工作专班: a size per unit, never to be added to a total.
    if (/每/u.test(text.slice(clauseStart, start))) {
      figures.push({ ...common, category: 'other', doubt: 'a size per unit (每…), not a total: category other' });
      continue;
    }

    const guess = guessCategory(simplified, { start, end, unit: q.unit }, [
      [itemStart, itemEnd],
      [clauseStart, clauseEnd],
      [sentenceStart, start],
    ]);
    const item = guess.keyword && itemText(text, guess.keyword, { start, end }, [clauseStart, clauseEnd]);
    figures.push({
      ...common,
      category: guess.category,
      ...(item ? { item } : {}),
      ...(guess.category === 'other' ? { doubt: 'no category keyword near it: category other' } : {}),
    });
  }
  return { figures, skipped };
}

/**
 * What was counted, in the article's words: from the figure to its keyword (2000只一次性口罩) or from the keyword
 * to the figure (悬挂过街条幅1200余幅), a book title whole (《致全县人民的一封信》). Only within the clause.
 */
function itemText(
  text: string,
  keyword: { text: string; index: number },
  figure: { start: number; end: number },
  [clauseStart, clauseEnd]: readonly [number, number],
): string | undefined {
  const keywordEnd = keyword.index + keyword.text.length;
  if (keyword.index < clauseStart || keywordEnd > clauseEnd) return undefined;
  if (keyword.index >= figure.end) return text.slice(figure.end, keywordEnd);
  const open = text.lastIndexOf('《', keyword.index);
  const from = open >= clauseStart && text.indexOf('》', open) >= keyword.index ? open : keyword.index;
  return text.slice(from, figure.start).replace(/[共达達计計约約为為]+$/u, '') || undefined;
}

function lastIndexOf(text: string, pattern: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i;
  return -1;
}

function indexOf(text: string, pattern: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i]!)) return i;
  return text.length;
}
