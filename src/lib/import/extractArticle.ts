import { mergeProvenance, readPostHeader, type Provenance } from './extractProvenance.ts';
import { extractTrailingByline, readDateline } from './extractTrailingByline.ts';
import { chooseHeadline, LIST_MARKER, namesOrganisationAlone, namesPlaceAlone, sitePrefix } from './chooseHeadline.ts';
import { classify, type Role } from './classifyLines.ts';
import { foldText } from './foldText.ts';
import { BARE_COUNTER, COPYRIGHT, IN_ARTICLES, RELATED, isForumCode, isReadingPrompt } from './furnitureLines.ts';
import { withoutPhotoCredits } from './photoCredits.ts';
import { splitIntoParts } from './splitLineParts.ts';
import {
  CARRIED_ON,
  CARRYING_ON,
  countHan,
  isUnpunctuatedProse,
  SENTENCE_CLOSE,
  SENTENCE_PUNCTUATION,
} from './textMeasures.ts';
import { NOTICE_CLOSINGS, STORY_TAGS } from '../../config/pageFurniture.ts';
import type { RemovalCode } from '../../i18n/messages/message.ts';
import type { Removal, SourceLine } from './types.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

export interface KeptLine extends SourceLine {
  /** Something was dropped just before this line (a caption, an image): scraped pages put those between sections. */
  breakBefore: boolean;
}

export interface ExtractedArticle {
  headline?: SourceLine;
  lines: KeptLine[];
  removed: Removal[];
  provenance: Provenance;
}

/** 真的太感人了!: one short exclamation, no clause before it and no quote. */
const CHEER = /^[^，,、；;：:“”「」『』"]{2,12}[!！]+$/u;

/**
 * Cuts the article out of a scraped page, as a region rather than line by line: each line is scored by its density
 * of Han characters and sentence punctuation (furniture, metadata and repeated lines score against it), the densest
 * run of lines is the body, and everything above the headline and after the body is dropped with it. The headline is
 * chosen among the short lines just above the body, preferring one next to the metadata line or repeated elsewhere
 * (a caption, a footer 标题：…), and passing over site and section names. Inside the body, furniture, metadata and
 * repeated lines still go one by one. Every dropped line is reported.
 *
 * `toSimplified` converts a line character for character (the lexicons are Simplified).
 */
export function extractArticle(
  source: readonly SourceLine[],
  toSimplified: (text: string) => string,
): ExtractedArticle {
  const { lines, watermarks } = splitIntoParts(source, toSimplified);
  const roles = classify(lines, toSimplified, watermarks);
  const [start, runEnd] = densestRun(lines, roles);
  // A related-stories or comments label inside the run (新闻推荐) ends the article: the teasers after it go with it. So
  // does a reprint or copyright notice: the page's footer follows it; and a forum post's header: replies follow it.
  const related = roles.findIndex(
    (r, i) =>
      i > start &&
      i <= runEnd &&
      ((r.kind === 'furniture' && (r.reason === RELATED || r.reason === COPYRIGHT)) ||
        (r.kind === 'provenance' && readPostHeader(toSimplified(lines[i]!.text)))),
  );
  const labelled = related === -1 ? runEnd : related - 1;
  const list = relatedList(lines, roles, start, labelled, toSimplified);
  const last = list ?? labelled;
  // 真的太感人了! right above a reading prompt: the content site's cheer closing its copy, not the article's.
  const prompt = lines[last + 1];
  const cheer = last > start && prompt && isReadingPrompt(toSimplified(prompt.text)) && CHEER.test(lines[last]!.text);
  const closed = cheer ? last - 1 : last;
  // 特此通知。 then 长安镇疫情防控指挥部办公室 and 2022年4月29日: a notice's signature closes it.
  const signature = noticeSignature(lines, closed, toSimplified);
  const end = closed + signature.length;
  const read = roles.flatMap((r) => (r.kind === 'provenance' ? [r.read] : []));
  // A footer 标题：… line and a 原标题：… line: the first one of each, as every metadata field.
  const footerTitle = read.find((r) => r.title)?.title ?? reprintedTitle(lines, roles);
  const originalTitle = read.find((r) => r.originalTitle)?.originalTitle;
  const chosen = chooseHeadline(lines, roles, [start, end], { footerTitle, originalTitle }, toSimplified);
  const headlineAt = chosen?.at;
  const written = footerTitle ?? originalTitle;
  const prefix = chosen && sitePrefix(lines[chosen.at]!.text, toSimplified);
  const headline = chosen
    ? { line: lines[chosen.at]!.line, text: chosen.text }
    : written
      ? { text: written, line: lines.find((l) => l.text.includes(written))?.line ?? 1 }
      : undefined;

  // 乐乡街道 over the first town's part of a roundup whose later parts are labelled alike: the label opens the body.
  const placeAlone = (i: number) => namesPlaceAlone(toSimplified(lines[i]!.text));
  const firstLabel =
    !chosen && start > 0 && placeAlone(start - 1) && lines.some((_, i) => i > start && i <= end && placeAlone(i));
  const bodyStart = firstLabel ? start - 1 : start;
  const removed: Removal[] = prefix ? [{ line: headline!.line, text: prefix, reason: 'removed.aboveHeadline' }] : [];
  const kept: KeptLine[] = [];
  let breakBefore = false;
  lines.forEach((line, i) => {
    if (i === headlineAt) return;
    const role = roles[i]!;
    const drop = (reason: RemovalCode) => {
      removed.push({ line: line.line, text: line.text, reason });
      if (i > start) breakBefore = true;
    };
    if (signature.includes(i)) {
      kept.push({ ...line, breakBefore });
      breakBefore = false;
      return;
    }
    if (role.kind === 'provenance') return drop('removed.provenanceLine');
    if (role.kind === 'furniture') return drop(role.reason);
    // …written once, or twice on one line (标题标题, a page's title and heading run together).
    const folded = foldText(line.text);
    if (headline && [1, 2].some((n) => folded === foldText(headline.text).repeat(n)))
      return drop('removed.headlineCaption');
    if (role.kind === 'repeat') return drop('removed.repeated');
    if (i < bodyStart) return drop('removed.aboveHeadline');
    if (i > end) return drop('removed.afterArticle');
    const rest = i > 0 && roles[i - 1]!.kind === 'repeat' ? headlineRest(line.text, lines[i - 1]!.text, headline) : 0;
    if (rest) removed.push({ line: line.line, text: line.text.slice(0, rest).trim(), reason: 'removed.repeated' });
    const own = line.text.slice(rest);
    // 本报讯（记者 张三）2月5日上午，…: the dateline opening the lead is metadata.
    const dateline = readDateline(own, toSimplified(own));
    if (dateline) {
      removed.push({
        line: line.line,
        text: own.slice(0, dateline.length).trim(),
        reason: 'removed.provenanceLine',
      });
      read.push({ editors: [], authors: dateline.authors });
    }
    const { text, credits } = withoutPhotoCredits(own.slice(dateline?.length ?? 0), toSimplified);
    for (const credit of credits) removed.push({ line: line.line, text: credit, reason: 'removed.photoCredit' });
    kept.push({ ...line, text, breakBefore });
    breakBefore = false;
  });
  // …(闽东日报 魏晓眉) |: a table cell's border closing the page, glued to the last line.
  const closing = kept.at(-1);
  const border = closing && /\s+[|｜]+\s*$/u.exec(closing.text);
  if (closing && border) {
    removed.push({ line: closing.line, text: border[0].trim(), reason: 'removed.separator' });
    kept[kept.length - 1] = { ...closing, text: closing.text.slice(0, border.index) };
  }
  const joined = joinCarriedOn(kept, removed);
  const trailing = extractTrailingByline(joined, toSimplified);
  removed.push(...trailing.removed);
  removed.sort((a, b) => a.line - b.line);
  const provenance = mergeProvenance([...read, ...(trailing.read ? [trailing.read] : [])]);
  return { headline, lines: trailing.lines, removed, provenance };
}

/**
 * The body as the run of lines with the highest total score (maximum subarray): a line counts for its Han characters
 * when it reads as prose, a little against when it is short text (a caption or section heading, bridged when prose
 * follows), and strongly against when it is furniture, metadata or a copy.
 */
function densestRun(lines: readonly SourceLine[], roles: readonly Role[]): [number, number] {
  let best: [number, number, number] = [0, -1, -Infinity];
  let from = 0;
  let sum = 0;
  const scores = lines.map(({ text }, i) => lineScore(text, roles[i]!));
  lines.forEach((_, i) => {
    const score = roles[i]!.kind === 'repeat' && proseFollows(scores, roles, i) ? -REPEAT_BRIDGE : scores[i]!;
    if (sum <= 0) {
      from = i;
      sum = 0;
    }
    sum += score;
    if (sum > best[2]) best = [from, i, sum];
  });
  return [best[0], best[1]];
}

/**
 * A copy of the headline or lead with a paragraph after it (a mobile page printing them again over the body) costs
 * little, so the lead above the copies is not cut off with them. A paragraph: the first line after the copies, this
 * many Han characters at least (more than a caption or a notice under a photo).
 */
const REPEAT_BRIDGE = 5;
const PARAGRAPH_MIN_HAN = 20;

function proseFollows(scores: readonly number[], roles: readonly Role[], i: number): boolean {
  const next = roles.findIndex((r, j) => j > i && r.kind !== 'repeat');
  return next !== -1 && scores[next]! >= PARAGRAPH_MIN_HAN;
}

function lineScore(text: string, role: Role): number {
  const han = countHan(text);
  // Images, and the like counts under them (a bare number), stand between paragraphs: they cost no more than a
  // caption, so the body is not cut at them. So does a forum's formatting code around its paragraphs.
  if (role.kind === 'furniture')
    return IN_ARTICLES.has(role.reason) || BARE_COUNTER.test(text.trim()) || isForumCode(text) ? -2 : -30;
  if (role.kind === 'provenance') return -15;
  if (role.kind === 'repeat') return -(han + 5);
  const punctuation = text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
  return (han >= 8 && punctuation >= 1) || SENTENCE_CLOSE.test(text) || isUnpunctuatedProse(text) ? han : -2;
}

/** A related-stories list holds this many titles at least; each is a short line. */
const LIST_MIN_TITLES = 5;
const LIST_TITLE_MAX = 36;
/** Titles closing the page are mostly this long at least: closing cheers (中国加油！) are shorter. */
const LIST_TITLE_MIN = 10;
/** A title led by a list marker (- 标题) may run longer: the marker says it is an item. */
const LIST_ITEM_TITLE_MAX = 40;
/** Titles cut at one width: this many share the list's longest length, a long one. */
const CUT_WIDTH_MIN_TITLES = 3;
const CUT_WIDTH_MIN = 12;
const STORY_TAG = new RegExp(
  `^(?:[【[](?:${anyOfWords(STORY_TAGS)})[】\\]]|(?:${anyOfWords(STORY_TAGS)})\\s*[!！:：])`,
  'u',
);

/**
 * The last line of the body when the run ends in a list of other stories' titles with no label over it: after the
 * last line of prose, every text line up to the run's end and on to the page's end (LIST_MIN_TITLES at least) is a
 * short line with no full stop, and one opens with a story tag (【视频】, 快讯!), several are cut at one width
 * (…口罩生, …必须知: a list's cap), each is led by a list marker (- 标题), or they run to the page's end and most
 * are a headline's length. A list that the last line of prose introduces (…如下：) is the article's. Undefined when the
 * run ends otherwise.
 */
function relatedList(
  lines: readonly SourceLine[],
  roles: readonly Role[],
  start: number,
  end: number,
  toSimplified: (text: string) => string,
): number | undefined {
  const title = (i: number) => {
    const text = lines[i]!.text;
    const max = LIST_MARKER.test(text) ? LIST_ITEM_TITLE_MAX : LIST_TITLE_MAX;
    return [...text].length <= max && !/[。；;，,：:]$/u.test(text) && !text.includes('。');
  };
  let prose = end;
  while (prose > start && (roles[prose]!.kind !== 'text' || title(prose))) prose--;
  // A body of short lines only (a list of slogans) is no body followed by a list.
  if (prose === end || roles[prose]!.kind !== 'text' || title(prose)) return undefined;
  if (/[:：]$/u.test(lines[prose]!.text)) return undefined;
  const titles: string[] = [];
  let toPageEnd = true;
  for (let i = prose + 1; i < lines.length; i++) {
    if (roles[i]!.kind !== 'text') continue;
    if (!title(i)) {
      toPageEnd = false;
      break;
    }
    titles.push(lines[i]!.text);
  }
  if (titles.length < LIST_MIN_TITLES) return undefined;
  const width = Math.max(...titles.map((t) => [...t].length));
  const cut = titles.filter((t) => [...t].length === width).length >= CUT_WIDTH_MIN_TITLES && width >= CUT_WIDTH_MIN;
  const tagged = titles.some((t) => STORY_TAG.test(toSimplified(t)));
  const headlineSized = toPageEnd && titles.filter((t) => [...t].length >= LIST_TITLE_MIN).length * 2 > titles.length;
  return cut || tagged || headlineSized || titles.every((t) => LIST_MARKER.test(t)) ? prose : undefined;
}

/**
 * 青山一道 同擔風雨 禮嘉鎮:上門服務 / 扎實做好核酸采樣工作 為確保…: a page repeating its headline over two lines glues
 * the second half to the lead. How much of the line is that half (up to the space after it), or 0.
 */
function headlineRest(text: string, above: string, headline: { text: string } | undefined): number {
  const [whole, start] = [foldText(headline?.text ?? ''), foldText(above)];
  if (!start || start.length >= whole.length || !whole.startsWith(start)) return 0;
  const rest = whole.slice(start.length);
  const cut = [...text.matchAll(/\s+/gu)].find((space) => foldText(text.slice(0, space.index)) === rest);
  return cut ? cut.index + cut[0].length : 0;
}

/** A line that is only a date (2022年4月29日). */
const DATE_ALONE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/u;

/**
 * The lines of a notice's signature after the body's last line `last` when that line closes the notice (特此通知。):
 * the issuer's name alone on its line, and the date after it.
 */
function noticeSignature(lines: readonly SourceLine[], last: number, toSimplified: (text: string) => string): number[] {
  const closing = lines[last] && toSimplified(lines[last].text);
  const issuer = lines[last + 1];
  if (!closing || !NOTICE_CLOSINGS.some((c) => closing.includes(c)) || !issuer) return [];
  if (!namesOrganisationAlone(toSimplified(issuer.text))) return [];
  return DATE_ALONE.test(lines[last + 2]?.text ?? '') ? [last + 1, last + 2] : [last + 1];
}

/** 《标题》由某某网提供，转载请注明出处: a reprint notice naming the story it follows, in 《》. */
const REPRINTED_TITLE = /^《(?<title>[^《》]{4,60})》(?:由|来自|转自|出自|来源于)/u;

/** The title a reprint notice names, when the page writes one: as a footer's 标题：…, it names the headline. */
function reprintedTitle(lines: readonly SourceLine[], roles: readonly Role[]): string | undefined {
  const at = roles.findIndex(
    (r, i) => r.kind === 'furniture' && r.reason === COPYRIGHT && REPRINTED_TITLE.test(lines[i]!.text),
  );
  return at === -1 ? undefined : REPRINTED_TITLE.exec(lines[at]!.text)!.groups!.title;
}

/** A keyword a mirror site put between two parts of a sentence: a few words, no punctuation. */
const SPAM_KEYWORD_MAX = 12;

/**
 * Lines cut inside a sentence (…石井村從來沒有自來水管， / ，居民洗澡…) are one paragraph again: a line opening with
 * the punctuation inside a sentence carries on the line before it. A short line without punctuation between two such
 * parts is a keyword a mirror site put there (韓國泡菜, 網頁設計), and goes.
 */
function joinCarriedOn(kept: readonly KeptLine[], removed: Removal[]): KeptLine[] {
  const out: KeptLine[] = [];
  kept.forEach((line, i) => {
    const previous = out.at(-1);
    const next = kept[i + 1];
    if (
      previous &&
      next &&
      CARRIED_ON.test(next.text) &&
      /[，,]$/u.test(previous.text) &&
      [...line.text].length <= SPAM_KEYWORD_MAX &&
      !/[\p{P}]/u.test(line.text)
    ) {
      removed.push({ line: line.line, text: line.text, reason: 'removed.spamKeyword' });
      return;
    }
    // …the mark that ends the line before, or opens this one, written once (…自來水管， / ，居民… → 自來水管，居民…).
    if (previous && CARRIED_ON.test(line.text))
      out[out.length - 1] = { ...previous, text: previous.text.replace(CARRYING_ON, '') + line.text };
    else out.push(line);
  });
  return out;
}
