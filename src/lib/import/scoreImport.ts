import { measureAccuracy, type ExpectedFigure } from './measureAccuracy.ts';
import type { ImportResult } from './importArticle.ts';
import { foldText } from './foldText.ts';
import { stripPinyin } from './stripPinyin.ts';
import { withoutPhotoMark } from './chooseHeadline.ts';
import { TAIWAN_TOWN_ENDINGS, TOWN_ENDINGS, TOWN_OFFICES } from '../../config/townWords.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

/** A township's ending, or its office's name (十里办事处 is 十里街道). */
const TOWN_ENDING = new RegExp(
  `(?:${anyOfWords([...TOWN_OFFICES.map((o) => o.written), ...TOWN_ENDINGS, ...TAIWAN_TOWN_ENDINGS])})$`,
  'u',
);

/** A corpus article's hand annotation (`<name>.expected.yaml`, see tests/fixtures/import-corpus/*\/README.md). */
export interface Annotation {
  source: string;
  script: 'hans' | 'hant';
  title?: string;
  published?: string;
  towns?: string[];
  figures?: ExpectedFigure[];
  optional?: Omit<ExpectedFigure, 'category'>[];
  furniture?: string[];
  held_out?: boolean;
}

export interface ImportScore {
  figuresExpected: number;
  figuresFound: number;
  /** Entries written, and of those the ones that match no expected or optional figure (or have the wrong category). */
  entries: number;
  entriesWrong: number;
  /**
   * Undefined when the text has no headline. Pinyin glosses (守護(hù)神) and a closing photo mark (标题(组图)) are no
   * part of a headline: the annotation keeps the raw file's title exactly, the import takes them out by design.
   */
  headlineRight?: boolean;
  /** The text has no headline and the import still chose one (instead of a placeholder). */
  headlineInvented: boolean;
  furniture: number;
  furnitureLeft: string[];
  townsExpected: number;
  townsFound: number;
  /** Towns the import found that the annotation does not list: invented ones, or towns named only as context. */
  townsNotExpected: string[];
  missed: string[];
  wrong: string[];
}

/**
 * How one imported article compares with its annotation. `towns` are the township names the import recognised; `raw`
 * is the page as pasted, which tells furniture copying the article's text from furniture alone.
 */
export function scoreImport(
  result: Pick<ImportResult, 'frontmatter' | 'body' | 'figures' | 'headline'>,
  towns: readonly string[],
  expected: Annotation,
  toSimplified: (text: string) => string,
  raw = '',
): ImportScore {
  const figures = measureAccuracy(result.figures, expected.figures ?? [], expected.optional ?? []);
  const belowTitle = foldText([result.frontmatter.summary, result.body.replace(/<!--[\s\S]*?-->/gu, '')].join('\n'));
  const shown = `${foldText(result.frontmatter.title ?? '')}\n${belowTitle}`;
  // The headline repeated, without its spaces or cut short, is furniture only where it is repeated, not as the title.
  const repeatsTitle = (f: string) => expected.title !== undefined && foldText(expected.title).includes(foldText(f));
  // A summary copies text the page also holds as the article, over its lines (the lead, then the next paragraph's
  // start): there it is content, so it is left only where the article shows it once more.
  const page = foldText(raw);
  const pageLines = raw.split('\n').map(foldText);
  const furnitureLeft = (expected.furniture ?? []).filter((f) => {
    const folded = foldText(f);
    const asContent = occurrences(page, folded) - pageLines.reduce((n, line) => n + occurrences(line, folded), 0);
    return occurrences(repeatsTitle(f) ? belowTitle : shown, folded) > Math.max(0, asContent);
  });
  // One town written with or without its ending (北港, 北港鎮) or by its office (十里办事处) is one town, in either script.
  const townKey = (name: string) => toSimplified(name).replace(TOWN_ENDING, '');
  const foundTowns = new Set(towns.map(townKey));
  const expectedTowns = expected.towns ?? [];
  const expectedKeys = new Set(expectedTowns.map(townKey));
  return {
    figuresExpected: figures.expected,
    figuresFound: figures.found,
    entries: figures.total,
    entriesWrong: figures.wrong,
    headlineRight:
      expected.title === undefined
        ? undefined
        : result.headline !== undefined &&
          foldText(result.headline) === foldText(withoutPhotoMark(stripPinyin(expected.title).text, toSimplified)),
    headlineInvented: expected.title === undefined && result.headline !== undefined,
    furniture: expected.furniture?.length ?? 0,
    furnitureLeft,
    townsExpected: expectedTowns.length,
    townsFound: expectedTowns.filter((t) => foundTowns.has(townKey(t))).length,
    townsNotExpected: towns.filter((t) => !expectedKeys.has(townKey(t))),
    missed: figures.missed.map((m) => `${m.quantity}${m.unit} ${m.category}`),
    wrong: figures.wrongEntries.map((w) => `${w.quantity}${w.unit} ${w.category}`),
  };
}

/** How many times `part` stands in `text`, without overlaps. */
function occurrences(text: string, part: string): number {
  return part ? text.split(part).length - 1 : 0;
}
