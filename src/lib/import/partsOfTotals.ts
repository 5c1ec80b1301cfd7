import { unitId } from '../../config/categories.ts';
import type { DraftFigure } from './types.ts';
import { CLAUSE_END, indexOf, lastIndexOf, SENTENCE_END } from './findInText.ts';

/** A figure of one paragraph with where its number starts. */
export interface PlacedFigure {
  figure: DraftFigure;
  start: number;
}

/** Words that introduce a total (Simplified). */
const TOTAL_WORDS = ['总计', '合计', '共计', '总共', '一共', '累计', '总额', '总数'];

/**
 * Which figures of a paragraph are parts of a total the paragraph also states, so that the total is tallied once
 * and never added to its own parts: a figure after 其中 in the sentence of a larger one that counts the same thing
 * in the same way (捐赠口罩300个，其中南门社区150个), and a run of figures of one sentence whose sum is a total the
 * sentence introduces with 总计, 合计, 累计… (党员共捐款795456元，企业共捐款124400元，…总计1108561.01元). A part
 * done differently from the total (采购口罩30万个，其中捐赠龙田镇4万个) is a fact of its own. `simplified` is the
 * paragraph in Simplified.
 */
export function partsOfTotals(simplified: string, placed: readonly PlacedFigure[]): Set<number> {
  const parts = new Set<number>();

  const countedAlike = (part: DraftFigure, total: DraftFigure) =>
    unitId(part.unit) === unitId(total.unit) &&
    part.per === total.per &&
    part.kind === total.kind &&
    (part.category === total.category || (part.category === 'other' && !part.item));
  // After 其中, a part names no thing of its own (其中东村200个，西村300个) or a narrower one (党员905名，其中无职党员786名).
  const partOf = (part: DraftFigure, total: DraftFigure) =>
    countedAlike(part, total) &&
    part.quantity < total.quantity &&
    (!part.item || (total.item !== undefined && part.item.includes(total.item)));

  placed.forEach(({ figure, start }, i) => {
    const sentenceStart = lastIndexOf(simplified, SENTENCE_END, start) + 1;
    const among = simplified.lastIndexOf('其中', start);
    // The parts run to the end of the sentence or to the next item of a ；-list (another donor's gift).
    if (among < sentenceStart || /[；;]/u.test(simplified.slice(among, start))) return;
    const whole = placed
      .slice(0, i)
      .some((t) => t.start >= sentenceStart && t.start < among && partOf(figure, t.figure));
    if (whole) parts.add(i);
  });

  placed.forEach(({ figure: total, start }, t) => {
    const sentenceStart = lastIndexOf(simplified, SENTENCE_END, start) + 1;
    const sentenceEnd = indexOf(simplified, SENTENCE_END, start);
    const clauseStart = lastIndexOf(simplified, CLAUSE_END, start) + 1;
    // The total word introduces this number, not one before it in the clause (总计3000余元的…16盒、…辛拉面32箱).
    const said = Math.max(...TOTAL_WORDS.map((w) => simplified.lastIndexOf(w, start - w.length)));
    if (said < clauseStart || placed.some((p) => p.start > said && p.start < start)) return;
    for (const direction of [-1, 1]) {
      const run: number[] = [];
      let sum = 0;
      for (let i = t + direction; i >= 0 && i < placed.length; i += direction) {
        if (placed[i]!.start < sentenceStart || placed[i]!.start >= sentenceEnd) break;
        const f = placed[i]!.figure;
        if (!countedAlike(f, total) || f.quantityMax !== undefined) continue;
        run.push(i);
        sum = Math.round((sum + f.quantity) * 100) / 100;
        if (sum >= total.quantity) break;
      }
      if (run.length >= 2 && sum === total.quantity) run.forEach((i) => parts.add(i));
    }
  });
  return parts;
}
