import {
  CATEGORIES,
  categoryById,
  NOT_THE_THING_AFTER,
  NOT_THE_THING_BEFORE,
  unitId,
  type CategoryId,
} from '../../config/categories.ts';
import { CONTEST_TEAM_WORDS, DEVICE_MODIFIERS, NOUN_HEADS, WHOLE_NOUNS } from '../../config/countedNouns.ts';
import { measureWord, type MeasureClass } from '../../config/measureWords.ts';

export interface CategoryGuess {
  category: CategoryId;
  /** The keyword that decided it, with its place in the text. */
  keyword?: { text: string; index: number };
  /** The category does not usually count in this unit (消毒液 by 件): kept, but a human should look. */
  implausible?: true;
}

const classOf = (unit: string): MeasureClass | undefined => measureWord(unit)?.counts;

/** Per category, the classes of its units: a unit of another class (口罩 by 名) can never be its figure. */
const CLASSES = new Map(
  CATEGORIES.map((c) => [c.id, new Set((c.units as readonly string[]).map(classOf).filter(Boolean))] as const),
);

/**
 * The category can count in this unit: its units hold one of the unit's class — or, for occasions, the unit itself,
 * since occasions count unlike things (人次 people, 场 events, 辆次 trips): 网格员开展宣传活动20余场 are no volunteers.
 */
function canCount(category: CategoryId, unit: string): boolean {
  const unitClass = classOf(unit);
  if (unitClass === 'occasions') return countsIn(category, unit);
  return unitClass !== undefined && CLASSES.get(category)!.has(unitClass);
}

/**
 * The category of a figure from the keyword that names what it counts (CATEGORIES[].keywords, the one keyword
 * table). Windows are [start, end) ranges of `text`, searched in order; the first with a keyword decides. Within a
 * window a category whose units include the figure's unit wins over one that merely counts the same class of thing
 * (口罩 by 份: kept, marked implausible); a category counting another class (口罩 for 20名) is never chosen. Then the
 * nearest keyword wins, the longer on a tie. A keyword that only describes a following noun (废弃口罩回收点,
 * 口罩文宣) is not what is counted. `text` must be Simplified (the keywords are).
 */
export function guessCategory(
  text: string,
  figure: { start: number; end: number; unit: string },
  windows: readonly (readonly [number, number])[],
): CategoryGuess {
  const unit = unitId(figure.unit);
  for (const [from, to] of windows) {
    let best: { guess: CategoryGuess; rank: number; distance: number; length: number } | undefined;
    for (const category of CATEGORIES) {
      if (category.id === 'other' || !canCount(category.id, figure.unit)) continue;
      const plausible = unit !== undefined && (category.units as readonly string[]).includes(unit);
      for (const keyword of category.keywords as readonly string[]) {
        for (
          let at = text.indexOf(keyword, from);
          at !== -1 && at + keyword.length <= to;
          at = text.indexOf(keyword, at + 1)
        ) {
          if (modifiesWhatFollows(text.slice(at + keyword.length, to), figure.unit)) continue;
          const otherThing = NOT_THE_THING_BEFORE.some(
            (not) =>
              (not.keyword ?? keyword) === keyword && text.slice(Math.max(0, at - not.word.length), at) === not.word,
          );
          if (otherThing) continue;
          const distance = at >= figure.end ? at - figure.end : Math.max(0, figure.start - (at + keyword.length));
          const rank = plausible ? 0 : 1;
          const better =
            !best ||
            rank < best.rank ||
            (rank === best.rank &&
              (distance < best.distance || (distance === best.distance && keyword.length > best.length)));
          if (better) {
            const guess: CategoryGuess = {
              category: category.id,
              keyword: { text: keyword, index: at },
              ...(plausible ? {} : { implausible: true as const }),
            };
            best = { guess, rank, distance, length: keyword.length };
          }
        }
      }
    }
    if (best) return best.guess;
  }
  return { category: 'other' };
}

/**
 * A keyword followed by a place or machine (废弃口罩回收点) or by another keyword that could be what the figure
 * counts (5万份的口罩文宣: leaflets) only describes that noun. 党员突击队10名队员 still counts 党员: a team is no person.
 */
function modifiesWhatFollows(rest: string, unit: string): boolean {
  if (NOT_THE_THING_AFTER.some((head) => rest.startsWith(head))) return true;
  return CATEGORIES.some(
    (c) =>
      c.id !== 'other' && canCount(c.id, unit) && (c.keywords as readonly string[]).some((k) => rest.startsWith(k)),
  );
}

/** The category is plausibly counted in this unit (either script). */
export function countsIn(category: CategoryId, unit: string): boolean {
  const id = unitId(unit);
  return id !== undefined && (categoryById(category)!.units as readonly string[]).includes(id);
}

/**
 * Linking and rounding words between a noun and its number (应急队共124人, 宣传材料近5000份, 供餐约150份), and the 等
 * closing a list (辣椒、白萝卜等5500多斤).
 */
export const LINKING_WORDS = /(?:[共计計达達约約为為有近逾等]|合计|合計|总计|總計|累计|累計|超过|超過|多达|多達)+$/u;

/**
 * The category of a figure from the head of the noun it counts (NOUN_HEADS), for when no keyword decided: the noun
 * phrase right after the measure word (`after`: 20支巡逻队), else the one right before the number (`before`:
 * 宣传材料16000份). A head of a category that counts another class of thing is never chosen. `text` must be
 * Simplified.
 */
export function guessCategoryFromHead(
  text: string,
  unit: string,
  after: readonly [number, number],
  before: readonly [number, number],
): CategoryGuess | undefined {
  // A linking word may run on after the noun (应急队共124人): it is no part of it; a brand in quotes is
  // (100盒“燕山红”有机红茶), and so is a title in 《》 (15块《民法典》主题黑板报).
  const nounAfter = /^[\p{Script=Han}“”「」《》]*/u.exec(text.slice(...after))![0].replace(LINKING_WORDS, '');
  const phrases = [
    { from: after[0], text: nounAfter },
    // …or it ends at a 的 that makes it describe what carries it (14吨猪肉的运输车).
    ...(nounAfter.includes('的') ? [{ from: after[0], text: nounAfter.slice(0, nounAfter.indexOf('的')) }] : []),
    // A closing quote or title mark ends the name, not the noun (“…宣传材料”1000余份, 《全民反诈手册》300份).
    {
      from: before[0],
      text: text
        .slice(...before)
        .replace(LINKING_WORDS, '')
        .replace(/[”’」』》]+$/u, ''),
    },
  ];
  for (const phrase of phrases) {
    if (DEVICE_MODIFIERS.some((word) => phrase.text.includes(word))) continue;
    let best: { category: CategoryId; head: string } | undefined;
    for (const [category, heads] of Object.entries(NOUN_HEADS) as [CategoryId, readonly string[]][]) {
      if (!canCount(category, unit)) continue;
      for (const head of heads) {
        if (phrase.text.endsWith(head) && (!best || head.length > best.head.length)) best = { category, head };
      }
    }
    for (const [category, nouns] of Object.entries(WHOLE_NOUNS) as [CategoryId, readonly string[]][]) {
      if (canCount(category, unit) && nouns.includes(phrase.text)) {
        best = { category, head: phrase.text };
      }
    }
    if (!best) continue;
    if (best.category === 'teams' && CONTEST_TEAM_WORDS.some((word) => phrase.text.includes(word))) return undefined;
    return {
      category: best.category,
      keyword: { text: best.head, index: phrase.from + phrase.text.length - best.head.length },
      ...(countsIn(best.category, unit) ? {} : { implausible: true as const }),
    };
  }
  return undefined;
}
