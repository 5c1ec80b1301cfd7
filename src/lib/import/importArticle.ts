import { inOfficeLanguage, say, type Message } from '../../i18n/messages/message.ts';
import type { Script } from '../../config/locales.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { ScriptConverter } from '../conversion/createConverter.ts';
import { detectScript, type DetectedScript } from '../conversion/detectScript.ts';
import { codePointName } from '../content/invisibleCharacters.ts';
import { toScript } from '../conversion/toScript.ts';
import { articleSlug } from './articleSlug.ts';
import { isUnpunctuatedProse } from './textMeasures.ts';
import { extractArticle } from './extractArticle.ts';
import { findFigures, mergeRepeatedFigures, type SkippedNumber } from './findFigures.ts';
import { findGarbled, PRIVATE_USE_RANGE } from './findGarbled.ts';
import { figuresOnlyInHeadline } from './headlineFigures.ts';
import { findQuantities } from '../numbers/findQuantities.ts';
import { articleTowns, type FoundTown } from './findTowns.ts';
import { fixPunctuation } from './fixPunctuation.ts';
import { datesSpan, listDates } from './listDates.ts';
import { minorityScriptChars } from './minorityScriptChars.ts';
import { parseFullDate } from '../numbers/parseFullDate.ts';
import { PLACEHOLDER, townSlug, type NewTown } from './renderTown.ts';
import { shapeBlocks } from './shapeBlocks.ts';
import { stripPinyin } from './stripPinyin.ts';
import type { Block, DraftFigure, Removal, ReviewItem, SourceLine } from './types.ts';

export interface ImportOptions {
  /** One converter per run: each costs 0.2–0.55 s to create. */
  converter: ScriptConverter;
  glossary: readonly GlossaryEntry[];
  /** Known towns (content/towns), recognised by name in either script; other townships become new towns. */
  towns: readonly { slug: string; name: string }[];
  /** Store the article in this script, converting if needed (a human's decision, reported as such). */
  script?: Script;
  /** Year for month-and-day dates when the text gives none (an inference, written into the article's note). */
  year?: number;
  slug?: string;
  title?: string;
  town?: string;
}

export interface Frontmatter {
  title: string;
  town: string;
  published?: string;
  undated?: { period: string; note: string };
  byline?: string;
  source: { publication?: string; url?: string; note?: string };
  script: Script;
  summary: string;
  draft: true;
}

export interface ImportResult {
  slug: string;
  /** The headline found in the text, as written there; undefined when the title is a placeholder. */
  headline?: string;
  frontmatter: Frontmatter;
  /** Markdown body: `##` headings, paragraphs, and a `<!-- 请核对 … -->` comment where characters were lost. */
  body: string;
  /** Figures with their ISO date when the year is known, and their town when the article names several. */
  figures: ImportedFigure[];
  /**
   * The townships named (slug: the known town's, or the one a new town file gets), the new ones, villages, and names
   * ending like a township that nothing supports (not written as towns).
   */
  towns: { found: (FoundTown & { slug: string })[]; new: NewTown[]; places: string[]; notRecognised: string[] };
  removed: Removal[];
  /** Automatic changes that are not removals, one line each (pinyin, punctuation, glossary, conversion). */
  changes: Message[];
  review: ReviewItem[];
  skipped: SkippedNumber[];
  script: { detected: DetectedScript; stored: Script; hans: number; hant: number };
}

export type ImportedFigure = DraftFigure & { date?: string; town?: string };

/** This many characters of the other script make a text mixed for the import (see detectScript's own rule). */
const STRAYS_MIXED = 2;

/** Private-use placeholders hold lost-character spans through cleaning and conversion, untouched. */
const PUA_FIRST = 0xe000;
const LOST_PLACEHOLDER = new RegExp(`[${PRIVATE_USE_RANGE}]`, 'gu');

/**
 * Turns pasted article text into a clean Markdown body, frontmatter and draft tally figures, and says what it
 * changed and what a human must decide. Pure apart from the converter's caches: no files, no clock.
 */
export function importArticle(raw: string, options: ImportOptions): ImportResult {
  const { converter } = options;
  const review: ReviewItem[] = [];
  const changes: Message[] = [];
  const rawLines = raw.split('\n');

  // 1. Lost characters first, on the raw text, so that line:column point into what the user pasted.
  const lost: string[] = [];
  let pinyin = 0;
  const lines: SourceLine[] = rawLines.flatMap((text, i) => {
    let protectedText = text;
    for (const span of findGarbled(text)) {
      review.push({
        line: i + 1,
        column: span.index + 1,
        message: span.privateUse
          ? say('import.privateUse', { codes: [...span.text].map(codePointName).join(' ') })
          : say(span.brokenTag ? 'import.brokenTag' : 'import.charactersLost', { text: span.text }),
        fix: say('fix.restoreWords'),
      });
      // A broken tag is markup and a private-use character shows nothing: they go (reported above); lost characters
      // stay as scraped.
      const kept = span.brokenTag || span.privateUse ? '' : String.fromCharCode(PUA_FIRST + lost.push(span.text) - 1);
      protectedText = protectedText.replace(span.text, kept);
    }
    const stripped = stripPinyin(protectedText);
    pinyin += stripped.removed;
    const trimmed = stripped.text.trim();
    return trimmed ? [{ text: trimmed, line: i + 1 }] : [];
  });
  if (pinyin) changes.push(say('import.removedPinyin', { count: pinyin }));

  // 2. The article cut out of the page: headline, body lines, what the metadata lines said.
  const page = extractArticle(lines, (text) => sameLengthSimplified(text, converter));
  const { removed, provenance } = page;

  // 3. Punctuation, then headings and paragraphs.
  let punctuation = 0;
  const fixedLines = page.lines.map((line) => {
    const text = fixPunctuation(line.text);
    if (text !== line.text) punctuation++;
    return { ...line, text };
  });
  if (punctuation) changes.push(say('import.fixedPunctuation', { count: punctuation }));
  // A paragraph the site printed without its punctuation is kept as it is: the import never guesses where it went.
  for (const line of page.lines.filter((l) => isUnpunctuatedProse(l.text)))
    review.push({
      line: line.line,
      column: 1,
      message: say('import.noPunctuation'),
      fix: say('fix.restorePunctuation'),
    });
  const shaped = shapeBlocks(fixedLines);
  review.push(...shaped.review);

  // 4. Script: detect on the whole body; convert only when asked.
  const joined = shaped.blocks.map((b) => b.text).join('\n');
  const detected = detectScript(joined, converter);
  // detectScript tolerates up to 10 % strays so that builds never convert on a quirk; an import should show a
  // human every stray (seed 004 is Traditional with 20 Simplified characters left by a machine conversion).
  const strayCount = Math.min(detected.hans, detected.hant);
  const detection = { ...detected, script: strayCount >= STRAYS_MIXED ? ('mixed' as const) : detected.script };
  const majority: Script = detection.hant > detection.hans ? 'hant' : 'hans';
  const stored: Script = options.script ?? majority;
  let blocks: Block[] = shaped.blocks;
  if (detection.script === 'mixed' && !options.script) {
    const strays = minorityScriptChars(joined, majority, converter);
    const sample = [...new Set(strays.map((s) => s.char))].join('');
    const first = locate(strays[0]?.char ?? '', shaped.blocks, joined, strays[0]?.index ?? 0, rawLines);
    review.push({
      ...first,
      message: say('import.mixedScript', {
        hans: detection.hans,
        hant: detection.hant,
        minority: say(majority === 'hant' ? 'script.hans' : 'script.hant'),
        sample,
        majority,
      }),
      fix: say('fix.chooseScript'),
    });
  }
  const convert = options.script !== undefined && (detection.script === 'mixed' || detection.script !== options.script);
  if (convert && detection.script !== 'neutral') {
    blocks = blocks.map((b) => ({ ...b, text: toScript(b.text, stored, converter) }));
    changes.push(
      say('import.converted', {
        detected: detection.script === 'mixed' ? say('script.mixed') : say(`script.${detection.script}`),
        stored,
        hans: detection.hans,
        hant: detection.hant,
      }),
    );
  } else if (stored === 'hant') {
    blocks = blocks.map((b) => ({ ...b, text: fixAvoidedForms(b.text, options.glossary, changes) }));
  }
  const inScript = (text: string) => (convert ? toScript(text, stored, converter) : text);

  // 5. Figures, with dates resolved across paragraphs.
  const dates = listDates(blocks.map((b) => b.text));
  const everyMention: ImportedFigure[] = [];
  const skipped: SkippedNumber[] = [];
  // Headings too: a caption-like line can be the only place a fact is stated (村民捐款10000元).
  blocks.forEach((block, i) => {
    const found = findFigures(block, sameLengthSimplified(block.text, converter), dates[i]!);
    everyMention.push(...found.figures);
    skipped.push(...found.skipped);
  });
  if (page.headline) {
    const { text, line } = page.headline;
    const found = findFigures({ kind: 'heading', text, line }, sameLengthSimplified(text, converter), []);
    const bodyNumbers = [
      ...everyMention.map((f) => f.quantity),
      ...skipped.flatMap((s) => findQuantities(s.raw).map((q) => q.value)),
    ];
    everyMention.unshift(...figuresOnlyInHeadline(found.figures, bodyNumbers));
  }
  const title = options.title ?? (page.headline ? inScript(fixPunctuation(page.headline.text)) : undefined);
  // Towns before merging: in a roundup, equal figures of two towns (悬挂横幅10条 in each) are two facts.
  // A township that publishes the article (来源：南极乡人民政府) is named as surely as one in the headline.
  const surelyNamed = [title, provenance.publication].filter(Boolean).join('\n') || undefined;
  const towns = townsOf(surelyNamed, blocks, everyMention, options, converter);
  const figures = mergeRepeatedFigures(everyMention);
  const allDates = dates.flat();
  const published = provenance.published ?? fromText(blocks, review);
  const year = options.year ?? (published ? Number(published.slice(0, 4)) : allDates.find((d) => d.year)?.year);
  for (const figure of figures) {
    if (figure.monthDay && year) figure.date = isoDate(year, figure.monthDay.month, figure.monthDay.day);
  }
  const dateless = figures.filter((f) => f.monthDay && !f.date);
  if (dateless.length) {
    review.push({
      line: dateless[0]!.line,
      column: 1,
      message: say('import.noYear', { count: dateless.length }),
      fix: say('fix.importWithYear'),
    });
  }

  // 6. Frontmatter.
  const note = (hans: string) => (stored === 'hans' ? hans : toScript(hans, 'hant', converter));
  const lead = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  const firstSentence = /^[^。！？]*[。！？]?/u.exec(lead)![0];
  if (!title) {
    review.push({
      line: blocks[0]?.line ?? 1,
      column: 1,
      message: say('import.noHeadline'),
      fix: say('fix.writeTitle'),
    });
  }

  const town = options.town ?? towns.main;
  if (!town) {
    review.push({
      line: 1,
      column: 1,
      message: say('import.noTown'),
      fix: say('fix.setTown'),
    });
  }
  review.push(...towns.review);
  let undated: Frontmatter['undated'];
  if (!published) {
    const span = datesSpan(allDates);
    const period = span ? `${monthDayText(span[0])}至${monthDayText(span[1])}` : undefined;
    const yearNote = options.year ? `年份${options.year}为导入时指定（--year），系推断，非原文所载。` : '';
    undated = {
      period: period ?? note('待填写：文章所述时期'),
      note: note(`原文未注明发布日期。${period ? '时期取自文中最早与最晚的日期。' : ''}${yearNote}`),
    };
    review.push({
      line: 1,
      column: 1,
      message: say('import.undated', { period: undated.period }),
      fix: say('fix.checkPeriod'),
    });
  }
  const sourceNote = [
    ...provenance.editors,
    provenance.publication || provenance.url ? '' : '来源为粘贴的文本，未注明发布媒体或网址。',
  ].filter(Boolean);
  if (!provenance.publication && !provenance.url) {
    review.push({
      line: 1,
      column: 1,
      message: say('import.noSource'),
      fix: say('fix.addSource'),
    });
  }
  review.push({
    line: blocks[0]?.line ?? 1,
    column: 1,
    message: say('import.summaryFirstSentence'),
    fix: say('fix.rewriteSummary'),
  });

  const frontmatter: Frontmatter = {
    title: title ?? note(`待拟标题：${firstSentence.slice(0, 24)}`),
    town: town ?? 'unknown',
    ...(published ? { published } : {}),
    ...(undated ? { undated } : {}),
    ...(provenance.byline ? { byline: inScript(provenance.byline) } : {}),
    source: {
      ...(provenance.publication ? { publication: inScript(provenance.publication) } : {}),
      ...(provenance.url ? { url: provenance.url } : {}),
      ...(sourceNote.length ? { note: note(sourceNote.join('；')) } : {}),
    },
    script: stored,
    summary: firstSentence,
    // An imported article waits for a person's review whatever the import found: it never publishes itself.
    draft: true,
  };

  const body = renderBody(blocks, lost);
  const slug =
    options.slug ??
    articleSlug({ townSlug: town, title: title ?? firstSentence, category: mainCategory(figures), published });
  review.sort((a, b) => a.line - b.line || a.column - b.column);
  // Lost characters stood in as placeholders while the text was cut, mended and read; they go back, exactly as
  // scraped, wherever text leaves the import (title, summary, source, quotes, the report), after the punctuation was
  // mended, so that none is ever made ？.
  return restoreLostIn(lost, {
    slug,
    headline: page.headline?.text,
    frontmatter,
    body,
    figures,
    towns: { found: towns.found, new: towns.new, places: towns.places, notRecognised: towns.notRecognised },
    removed,
    changes,
    review,
    skipped,
    script: { detected: detection.script, stored, hans: detection.hans, hant: detection.hant },
  });
}

/** The category most figures belong to (the first of those tied, in the article's order). */
function mainCategory(figures: readonly { category: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { category } of figures) counts.set(category, (counts.get(category) ?? 0) + 1);
  let best: string | undefined;
  for (const [category, n] of counts) if (best === undefined || n > counts.get(best)!) best = category;
  return best;
}

/** Wrong Traditional forms the glossary lists (舍小家為大家 → 捨小家為大家) get their right form; each is reported. */
function fixAvoidedForms(text: string, glossary: readonly GlossaryEntry[], changes: Message[]): string {
  let out = text;
  for (const entry of glossary) {
    for (const wrong of entry.avoid ?? []) {
      if (wrong === entry.hant || !out.includes(wrong)) continue;
      out = out.replaceAll(wrong, entry.hant);
      changes.push(say('import.glossaryFix', { wrong, right: entry.hant, note: entry.note }));
    }
  }
  return out;
}

/** The paragraph in Simplified with positions kept, for the Simplified keyword tables. */
function sameLengthSimplified(text: string, converter: ScriptConverter): string {
  const whole = converter.t2s(text);
  return whole.length === text.length ? whole : [...text].map((c) => converter.t2s(c)).join('');
}

/** A full date in the body is taken as the publication date only with a review item: it may be an event's date. */
function fromText(blocks: readonly Block[], review: ReviewItem[]): string | undefined {
  for (const block of blocks) {
    const date = parseFullDate(block.text);
    if (!date) continue;
    review.push({
      line: block.line,
      column: 1,
      message: say('import.dateFromText', { date: date.iso }),
      fix: say('fix.checkPublicationDate'),
    });
    return date.iso;
  }
  return undefined;
}

/**
 * The article's towns with their slugs, each figure's town when the article names several, and the towns to write
 * (the new ones the article or a figure uses), with what a human must check. `named` is where a town named is surely
 * the article's: its headline, and the office that publishes it.
 */
function townsOf(
  named: string | undefined,
  blocks: readonly Block[],
  figures: ImportedFigure[],
  options: ImportOptions,
  converter: ScriptConverter,
) {
  const found = articleTowns(named, blocks, figures, (t) => sameLengthSimplified(t, converter), options.towns);
  const taken = new Set(options.towns.map((t) => t.slug));
  const slugs = new Map<string, string>();
  for (const t of found.towns) {
    const slug = t.known ?? townSlug(t.name, t.key, taken);
    taken.add(slug);
    slugs.set(t.key, slug);
  }
  const main = found.main && slugs.get(found.main);
  const articleTown = options.town ?? main;
  if (found.towns.length > 1) {
    figures.forEach((figure, i) => {
      const key = found.figureTowns[i];
      const town = (key && slugs.get(key)) ?? articleTown;
      if (town) figure.town = town;
    });
  }
  const used = new Set([articleTown, ...figures.map((f) => f.town)]);
  const review: ReviewItem[] = [];
  const fresh = found.towns.flatMap((t): NewTown[] => {
    const slug = slugs.get(t.key)!;
    if (t.known || !used.has(slug)) return [];
    const unsure = [
      t.county ? undefined : say('import.county'),
      t.province ? undefined : say('import.province'),
    ].filter((part) => part !== undefined);
    review.push({
      line: 1,
      column: 1,
      message: unsure.length
        ? say('import.newTownPlaceholders', { name: t.name, slug, unsure, placeholder: PLACEHOLDER })
        : say('import.newTown', { name: t.name, slug }),
      fix: say('fix.reviewNewTown'),
    });
    return [{ slug, name: t.name, county: t.county ?? PLACEHOLDER, province: t.province ?? PLACEHOLDER }];
  });
  if (found.towns.length > 1 && figures.length) {
    review.push({
      line: figures[0]!.line,
      column: 1,
      message: say('import.severalTowns', { count: found.towns.length }),
      fix: say('fix.checkFigureTowns'),
    });
  }
  return {
    main,
    found: found.towns.map((t) => ({ ...t, slug: slugs.get(t.key)! })),
    new: fresh,
    places: found.places,
    notRecognised: found.notRecognised,
    review,
  };
}

function locate(char: string, blocks: readonly Block[], joined: string, index: number, rawLines: readonly string[]) {
  const blockIndex = joined.slice(0, index).split('\n').length - 1;
  const line = blocks[blockIndex]?.line ?? 1;
  const column = (rawLines[line - 1] ?? '').indexOf(char) + 1;
  return { line, column: Math.max(column, 1) };
}

function monthDayText(d: { month: number; day: number }): string {
  return `${d.month}月${d.day}日`;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The text with each lost span put back where the import kept its placeholder. */
function restoreLost(lost: readonly string[], text: string): string {
  return text.replace(LOST_PLACEHOLDER, (c) => lost[c.charCodeAt(0) - PUA_FIRST] ?? c);
}

/** Every string in `value` (objects and arrays walked through) with the lost spans put back. */
function restoreLostIn<T>(lost: readonly string[], value: T): T {
  if (!lost.length) return value;
  if (typeof value === 'string') return restoreLost(lost, value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => restoreLostIn(lost, item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, restoreLostIn(lost, item)])) as T;
  return value;
}

/** The body in Markdown, each block followed by a note of the characters lost in it (placeholders still in). */
function renderBody(blocks: readonly Block[], lost: readonly string[]): string {
  return (
    blocks
      .map((block) => {
        const spans = [...block.text.matchAll(LOST_PLACEHOLDER)].map((m) => lost[m[0].charCodeAt(0) - PUA_FIRST]);
        const notes = spans.map(
          (span) => `\n\n<!-- ${inOfficeLanguage(say('import.lostCharactersNote', { text: span }))} -->`,
        );
        return (block.kind === 'heading' ? `## ${block.text}` : block.text) + notes.join('');
      })
      .join('\n\n') + '\n'
  );
}
