import {
  ACCOUNT_WORDS,
  BRACKETED_SUPPLIER_ENDINGS,
  BYLINE_BULLETS,
  COMMENT_BOX,
  DISCLAIMER_LABELS,
  EPAPER_PAGE_LABEL,
  FOLLOW_PROMPT,
  FURNITURE_NOTICES,
  FURNITURE_PHRASES,
  FURNITURE_WORDS,
  IMAGE_ALT_WORDS,
  LINK_MARKERS,
  LIST_BULLETS,
  LOGIN_PROMPT,
  PAGE_CODE_DELIMITERS,
  PHOTO_CREDIT_LABELS,
  PHOTO_CREDIT_SCOPE,
  PHOTO_SOURCE_NOTE,
  PHOTO_SUPPLIER_ENDINGS,
  PHOTOGRAPHER_ENDINGS,
  PHOTOGRAPHER_ROLES,
  READING_PROMPT_WORDS,
  REPRINT_NOTICE,
  SITE_NAME_ENDINGS,
  SHARE_LABEL_VERBS,
  SITE_NOTICES,
  SPEAKER_TITLE_ENDINGS,
  SUMMARY_LABELS,
} from '../../config/pageFurniture.ts';
import {
  joinSpacedLabels,
  mergeProvenance,
  plainSlashes,
  readProvenanceLine,
  splitAtCmsByline,
  splitAtStamp,
  type Provenance,
  type ProvenanceLine,
} from './extractProvenance.ts';
import { extractTrailingByline, readBylineLine, readDateline } from './extractTrailingByline.ts';
import { foldText } from './foldText.ts';
import { markupToLines } from './pageToText.ts';
import type { RemovalCode } from '../../i18n/messages/message.ts';
import type { Removal, SourceLine } from './types.ts';

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

/** A line this long, or holding a full stop, is a sentence: never dropped for a furniture word it contains. */
const FURNITURE_MAX = 60;
/** Headlines are short; a longer line is a paragraph. */
const HEADLINE_MAX = 60;
const HEADLINE_MIN_HAN = 4;
/** A furniture phrase glued to the end of a line is cut when this many Han characters come before it. */
const GLUED_MIN_HAN = 8;
/** How far above the body a headline is looked for, in lines. */
const HEADLINE_REACH = 8;
/** A repeated line this short can be a legitimate repetition (a heading); longer ones are copies. */
const REPEAT_MIN = 8;
/** The start of a later paragraph this long, standing above it, is a summary (a teaser), not a paragraph. */
const TEASER_MIN = 20;
/** A headline may hold one comma (更合镇总商会捐赠防疫物资，齐心筑牢战“疫”堡垒); a longer line with one is a lead. */
const HEADLINE_CLAUSE_MAX = 40;
/** A neighbour of the chosen headline scoring at least this is its kicker or deck, not a site or section name. */
const TITLE_PAIR_MIN = -3;
/** The group of FURNITURE_PHRASES whose label after the body starts other stories' teasers or the comments. */
const RELATED = 'removed.relatedLinks';
const COPYRIGHT = 'removed.copyrightNotice';

type Role =
  | { kind: 'text' }
  | { kind: 'furniture'; reason: RemovalCode }
  | { kind: 'provenance'; read: ProvenanceLine }
  | { kind: 'repeat' };

const HAN = /\p{Script=Han}/gu;
const SENTENCE_PUNCTUATION = /[，。！？；、：,.;!?]/gu;
/** Ends a sentence, whatever emoji or spaces follow: 大家辛苦了！👍 is prose however short. */
const SENTENCE_CLOSE = /[。！？!?][^\p{L}\p{N}]*$/u;
const WHOLE_WORDS = new Set(FURNITURE_WORDS.map((w) => w.toLowerCase()));
const byReason = (groups: Readonly<Partial<Record<RemovalCode, readonly string[]>>>) =>
  (Object.entries(groups) as [RemovalCode, readonly string[]][]).flatMap(([reason, phrases]) =>
    phrases.map((phrase) => ({ phrase: phrase.toLowerCase(), reason })),
  );
const PHRASES = byReason(FURNITURE_PHRASES);
const NOTICES = byReason(FURNITURE_NOTICES);
const PHOTO_CREDITS = FURNITURE_PHRASES['removed.photoCredit'] ?? [];
const NAMES = '[\\p{Script=Han}·]{2,4}(?:[\\s、][\\p{Script=Han}·]{2,4})*';
const PHOTOGRAPHER_ROLE = `(?:${PHOTOGRAPHER_ROLES.join('|')})`;
/** 青山镇党政办供图, 记者 张三 摄 (not 航拍摄). */
const CREDIT_WORDS =
  `(?:[^\\s()（）。！？，,]{2,20}?(?:${PHOTO_SUPPLIER_ENDINGS.join('|')})` +
  `|(?:${PHOTOGRAPHER_ROLE}\\s*)?${NAMES}\\s*(?<!拍)(?:${PHOTOGRAPHER_ENDINGS.join('|')}))`;
/** 本文图片均为青山日报记者张三摄: a credit for all the photos, at the start of a line or after a sentence. */
const SCOPED_CREDIT =
  `(?:^|(?<=[。！？!?]))(?:${PHOTO_CREDIT_SCOPE.scopes.join('|')})(?:${PHOTO_CREDIT_LABELS.join('|')})` +
  `(?:${PHOTO_CREDIT_SCOPE.verbs.join('|')})[^。！？，,]{0,20}?${PHOTOGRAPHER_ROLE}\\s*${NAMES}\\s*(?:${PHOTOGRAPHER_ENDINGS.join('|')})`;
/**
 * A photo credit: in brackets wherever it stands ((圖/吉安鄉公所提供), （记者 张三 摄）, (示意圖,資料照)), or without
 * them closing a line after a sentence or a space (图为志愿者在卡点值守。青山镇供图).
 */
const PHOTO_CREDIT = new RegExp(
  `[(（]\\s*(?:(?:${PHOTO_CREDIT_LABELS.join('|')})\\s*[/:：][^()（）。！？]{1,30}|${CREDIT_WORDS}` +
    `|[^\\s()（）。！？，,]{2,20}?(?:${BRACKETED_SUPPLIER_ENDINGS.join('|')})` +
    `|[^()（）]*(?:${PHOTO_CREDITS.join('|')})[^()（）]*)\\s*[)）]` +
    `|(?:^|(?<=[。！？!?\\s]))(?:${CREDIT_WORDS}|(?:${PHOTO_CREDIT_LABELS.join('|')})\\s*[/:：]\\s*[^\\s()（）。！？，,]{1,30})$` +
    `|${SCOPED_CREDIT}`,
  'gu',
);
/** Furniture found inside articles as well as around them (dropped all the same). */
const IN_ARTICLES = new Set<RemovalCode>([
  'removed.imageFileName',
  'removed.imageAltText',
  'removed.photoCredit',
  'removed.imageEnlargePrompt',
  'removed.linkRow',
  'removed.pageCode',
  'removed.watermark',
]);
/** 摘要：… or 【导读】… at the start of a line. */
const SUMMARY_LABEL = `(?:${SUMMARY_LABELS.join('|')})`;
const SUMMARY_BOX = new RegExp(`^(?:【${SUMMARY_LABEL}】|\\[${SUMMARY_LABEL}\\]|${SUMMARY_LABEL}\\s*[:：])`, 'u');
/** 免责声明：… opening a line: a disclaimer however long. */
const DISCLAIMER = new RegExp(`^[【[]?(?:${DISCLAIMER_LABELS.join('|')})[】\\]]?\\s*[:：]`, 'u');
/** 分享到：, 分享此文：FacebookX: a share bar's label. */
const SHARE_LABEL = new RegExp(`^(?:${SHARE_LABEL_VERBS.join('|')})[^\\s:：]{0,4}[:：]`, 'u');
/** A comment box's line is short. */
const COMMENT_BOX_MAX = 40;
/** (hai_xiantao)官方微信。, 微信号：qsfb2020: an account's Latin handle in brackets or after a colon. */
const ACCOUNT_HANDLE = /[(（]\s*[A-Za-z][\w.-]{3,}\s*[)）]|[:：]\s*[A-Za-z][\w.-]{3,}/u;
const ACCOUNT_LINE_MAX = 40;
/**
 * 区委宣传部赠送 - 副本.jpg 微信图片_20200207092638.jpg: a line of one or more image file names, however the names
 * are written (spaces, a copy's suffix, a chat app's prefix), where the photos stood.
 */
const IMAGE_FILE_NAMES = /^(?:[^。，！？；,;!?]{1,40}?\.(?:jpe?g|png|gif|webp|bmp)\s*)+$/iu;
/** 台灣新聞網(Logo-image) 台灣新聞網(Logo-text): names each with a bracketed Latin label of an image's role. */
const IMAGE_ALT_TEXTS = new RegExp(
  `^(?:[^\\s()（）]{0,20}[(（]\\s*[A-Za-z-]*(?:${IMAGE_ALT_WORDS.join('|')})[A-Za-z-]*\\s*[)）]\\s*)+$`,
  'iu',
);
/** 微信图片_20200203132203, IMG_20200203: a file name without its extension, a name and the timestamp it was saved at. */
const FILE_NAME_STEM = /^[^\s。，！？；,;!?]{1,20}[_-]\d{8,}$/u;
/** A menu's items are short: a few Han characters, maybe with digits (宝宝0-1岁). */
const MENU_ITEM_HAN = 4;
const MENU_ITEM_MAX = 6;
/** A notice is a paragraph at most: a longer line holding such words is an article about them. */
const NOTICE_MAX = 200;
/**
 * 捐赠物资交接现场茂名晚报记者吴昊摄: a photo caption closing with its photographer, never a headline (nor one closing
 * with a bracketed credit: isCaption).
 */
const CAPTION_CREDIT = new RegExp(
  `${PHOTOGRAPHER_ROLE}\\s*${NAMES}\\s*(?:${PHOTOGRAPHER_ENDINGS.join('|')})[)）]?$`,
  'u',
);
/** …清潔隊防疫消毒。(鄉公所提供): a line closing with a photo credit. */
const CLOSING_CREDIT = new RegExp(`(?:${PHOTO_CREDIT.source})$`, 'u');

/** One clause of a photo's source note: 翻摄自Pinkoi, 示意图, 下同. */
const PHOTO_NOTE_CLAUSE = new RegExp(
  `^(?:(?:${PHOTO_SOURCE_NOTE.words.join('|')})\\s*(?:(?:${PHOTO_SOURCE_NOTE.links.join('|')})\\s*[:：]?\\s*\\S{1,30})?` +
    `|${PHOTO_SOURCE_NOTE.alone.join('|')})$`,
  'u',
);
/** A reading prompt is a short line. */
const READING_PROMPT_MAX = 30;
/** 真的太感人了!: one short exclamation, no clause before it and no quote. */
const CHEER = /^[^，,、；;：:“”「」『』"]{2,12}[!！]+$/u;
/** A photo's source note is a short line. */
const PHOTO_NOTE_MAX = 40;

const BYLINE_BULLET = new RegExp(`^[${BYLINE_BULLETS.join('')}]\\s*`, 'u');
/** A forum's login prompt is one short sentence. */
const LOGIN_PROMPT_MAX = 60;
/** A site's notice is a short paragraph at most. */
const SITE_NOTICE_MAX = 100;
const NOTICE_WORDS = SITE_NOTICES.map(({ subjects, asks }) => ({
  subjects: subjects.map((w) => w.toLowerCase()),
  asks: asks.map((w) => w.toLowerCase()),
}));
const MAIL_ADDRESS = /[a-z0-9._-]+[@#][a-z0-9-]+(?:\.[a-z0-9-]+)+/u;
/** 【投稿请邮件 …】 inside a line: a bracketed part that may be a site notice. */
const BRACKETED = /【[^【】]*】|\[[^[\]]*\]|〔[^〔〕]*〕/gu;
const COMMENT_DELIMITERS = [...PAGE_CODE_DELIMITERS.open, ...PAGE_CODE_DELIMITERS.close];
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&');
const COMMENT_DELIMITER = new RegExp(COMMENT_DELIMITERS.map(escape).join('|'), 'gu');
/** 2025-09-25,12026| 2025-09-24,12018|: an e-paper's calendar or an archive's list of dates. */
const DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/gu;
const LINK_ITEM = new RegExp(`[${LINK_MARKERS.join('')}]([^${LINK_MARKERS.join('')}]*)`, 'gu');
/**
 * 01 礁溪鄉長 張永德: a TV script's name super. The serial number is what tells it from a headline of two phrases
 * (青山鎮長 親自帶隊).
 */
const SPEAKER_SUPER = new RegExp(
  `^\\d{1,2}\\s*\\p{Script=Han}{0,10}(?:${SPEAKER_TITLE_ENDINGS.join('|')})\\s+[\\p{Script=Han}·]{2,4}$`,
  'u',
);
/** 关注东北网, 订阅青山发布: a follow prompt naming the site or one of its accounts. */
const FOLLOW = new RegExp(
  `^(?:${FOLLOW_PROMPT.verbs.join('|')})\\s*[^\\s，。！？,.!?]{0,10}(?:${[...SITE_NAME_ENDINGS, ...FOLLOW_PROMPT.accountEndings].join('|')})$`,
  'u',
);
/** 青山融媒客户端>时事: a breadcrumb of two short names. */
const SHORT_BREADCRUMB = /^[^>»›，。！？,.!?]{1,12}\s*[>»›]\s*[^>»›，。！？,.!?]{1,12}$/u;
/**
 * 捐赠口罩2000只, 发放1.2万份: a number and the word it counts, what makes a title state a fact. Digits in a Latin
 * token (a site's k8) or before a bar (查看: 697|) count nothing.
 */
const FIGURE = /(?<![A-Za-z\d.])\d+(?:\.\d+)?\p{Script=Han}/u;
/** ——某社区开展外来人员摸排工作: a deck (副题) opens with a dash and stands under its headline. */
const DECK = /^[—–-]{1,2}(?![—–-])/u;
/** 一、返乡人员摸排情况, 2. 卡点布置, （三）宣传: a numbered section heading, never the headline. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)|[(（][一二三四五六七八九十\d]+[)）])/u;

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
  // Markup pasted as text is read as HTML first: its blocks are lines like any other; so are the headline, date
  // stamp and body a page wrote on one line, and a comment or a bracketed notice inside a line (dropped as such).
  // A blog's Latin byline inside a line, and furniture or metadata glued after the last sentence of a line with a
  // space between, likewise.
  const parts = source.flatMap((line) =>
    markupToLines(line.text)
      .map(withoutListBullet)
      .map((text) => joinSpacedLabels(text, toSimplified(text)))
      .flatMap(splitAtComments)
      .flatMap((text) => splitAtStamp(text, toSimplified(text)))
      .flatMap(splitAtCmsByline)
      .flatMap((text) => splitOffNotices(text, toSimplified(text)))
      .flatMap((text) => splitOffGluedTail(text, toSimplified(text)))
      .map((text) => ({ ...line, text })),
  );
  // A site's name glued to the end of its paragraphs is a watermark: a part of its own, dropped wherever it stands.
  const watermarks = findWatermarks(
    parts.map((l) => l.text),
    toSimplified,
  );
  const lines = parts.flatMap((line) => splitOffWatermark(line.text, watermarks).map((text) => ({ ...line, text })));
  const roles = classify(lines, toSimplified, watermarks);
  const [start, runEnd] = densestRun(lines, roles);
  // A related-stories or comments label inside the run (新闻推荐) ends the article: the teasers after it go with it. So
  // does a reprint or copyright notice: the page's footer follows it.
  const related = roles.findIndex(
    (r, i) => i > start && i <= runEnd && r.kind === 'furniture' && (r.reason === RELATED || r.reason === COPYRIGHT),
  );
  const last = related === -1 ? runEnd : related - 1;
  // 真的太感人了! right above a reading prompt: the content site's cheer closing its copy, not the article's.
  const prompt = lines[last + 1];
  const cheer = last > start && prompt && isReadingPrompt(toSimplified(prompt.text)) && CHEER.test(lines[last]!.text);
  const end = cheer ? last - 1 : last;
  const read = roles.flatMap((r) => (r.kind === 'provenance' ? [r.read] : []));
  // A footer 标题：… line and a 原标题：… line: the first one of each, as every metadata field.
  const footerTitle = read.find((r) => r.title)?.title;
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
    if (role.kind === 'provenance') return drop('removed.provenanceLine');
    if (role.kind === 'furniture') return drop(role.reason);
    if (headline && foldText(line.text) === foldText(headline.text)) return drop('removed.headlineCaption');
    if (role.kind === 'repeat') return drop('removed.repeated');
    if (i < start) return drop('removed.aboveHeadline');
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
  const trailing = extractTrailingByline(kept, toSimplified);
  removed.push(...trailing.removed);
  removed.sort((a, b) => a.line - b.line);
  const provenance = mergeProvenance([...read, ...(trailing.read ? [trailing.read] : [])]);
  return { headline, lines: trailing.lines, removed, provenance };
}

function classify(
  lines: readonly SourceLine[],
  toSimplified: (text: string) => string,
  watermarks: ReadonlySet<string>,
): Role[] {
  const seen: string[] = [];
  const all = lines.map((l) => foldText(l.text));
  return lines.map(({ text }, i) => {
    if (watermarks.has(text)) return { kind: 'furniture', reason: 'removed.watermark' };
    const simplified = toSimplified(text);
    const read = readProvenanceLine(text, simplified);
    if (read) return { kind: 'provenance', read };
    const furniture = furnitureReason(simplified);
    if (furniture) return { kind: 'furniture', reason: furniture };
    const bullet = BYLINE_BULLET.exec(text)?.[0].length ?? 0;
    const byline = readBylineLine(text.slice(bullet), simplified.slice(bullet));
    if (byline) return { kind: 'provenance', read: { editors: [], authors: [byline] } };
    const dateline = readDateline(text, simplified);
    if (dateline?.length === simplified.length) return { kind: 'provenance', read: { editors: [], ...dateline } };
    const folded = all[i]!;
    // A page title (标题 - 公益 - 中工网) over the headline it names: the title is the copy, the headline is text.
    const titled = pageTitleArticle(text, i, all, toSimplified);
    if (titled && all.slice(i + 1).includes(foldText(titled))) return { kind: 'repeat' };
    // A teaser cut short holds whole lines of the text below: they are no copies of it.
    if (isCutTeaser(text, all.slice(i + 1))) return { kind: 'repeat' };
    // A copy of an earlier line, or of part of one (a lead repeated after the footer, cut short by the page).
    const copy = folded.length >= REPEAT_MIN && seen.some((s) => s.includes(folded));
    // A summary above the article: the start of a later paragraph cut short, maybe after an earlier line (the
    // headline). It reads as prose: a headline that a later line starts with is no summary.
    const glued = seen.find((s) => s.length >= REPEAT_MIN && folded.startsWith(s)) ?? '';
    const start = folded.slice(glued.length);
    const teaser =
      start.length >= TEASER_MIN &&
      /[，,；;。]/u.test(start) &&
      all.slice(i + 1).some((f) => f.length > start.length && f.startsWith(start));
    const repeated = copy || teaser;
    seen.push(folded);
    return repeated ? { kind: 'repeat' } : { kind: 'text' };
  });
}

/** …讓民眾可隨時量測體溫。麥寮鄉 ....., …全面抗疫…… : a line the page cut short. */
const CUT_SHORT = /(?:\.{3,}|…+|。{3,})\s*$/u;
/** 某某网记者特别报导 : …: a short label before a colon, opening a teaser. */
const TEASER_LABEL = /^[^，。！？；,.!?;:：]{1,20}[:：]/u;

/**
 * 某某网记者特别报导 : 青山镇…全面抗疫。麦寮乡 .....: a teaser, the text of the lines that follow (`later`, folded)
 * cut short, maybe after a label: however it is cut (across paragraphs too), its text is theirs.
 */
function isCutTeaser(text: string, later: readonly string[]): boolean {
  const cut = CUT_SHORT.exec(text);
  if (!cut) return false;
  const after = later.join('');
  const kept = text.slice(0, cut.index);
  return [kept, kept.replace(TEASER_LABEL, '')].some((teaser) => {
    const folded = foldText(teaser);
    return folded.length >= TEASER_MIN && after.includes(folded);
  });
}

function furnitureReason(simplified: string): RemovalCode | undefined {
  const text = simplified.trim();
  const bare = text.replace(/^[\s[【(（‖|]+|[\s\]】)）|]+$/gu, '').toLowerCase();
  // ::: (an access-key marker), ——, ***: no letter and no digit.
  if (!/[\p{L}\p{N}]/u.test(bare)) return 'removed.separator';
  // 网友：, 分享: a label left without its value is a label all the same.
  if (WHOLE_WORDS.has(bare.replace(/[:：]$/u, ''))) return 'removed.buttonOrLabel';
  // 【更多新闻】强化传统市场防疫 …: a related-stories label opening a line of teasers, however long the line.
  const label = /^[【[]([^】\]]{2,8})[】\]]/u.exec(text)?.[1];
  if (label && PHRASES.some((p) => p.reason === RELATED && p.phrase === label)) return RELATED;
  if (IMAGE_FILE_NAMES.test(text) || FILE_NAME_STEM.test(text)) return 'removed.imageFileName';
  if (IMAGE_ALT_TEXTS.test(text)) return 'removed.imageAltText';
  if (!plainSlashes(text).replace(PHOTO_CREDIT, '').trim() || isPhotoNote(text)) return 'removed.photoCredit';
  if (SUMMARY_BOX.test(text)) return 'removed.summaryBox';
  if (DISCLAIMER.test(text)) return 'removed.copyrightNotice';
  if (SHARE_LABEL.test(text) && !text.includes('。')) return 'removed.shareBar';
  if (isAccountLine(text)) return 'removed.appPrompt';
  if (COMMENT_DELIMITERS.some((d) => text.includes(d))) return 'removed.pageCode';
  const lowered = text.toLowerCase();
  const notice = [...text].length <= NOTICE_MAX ? NOTICES.find((p) => lowered.includes(p.phrase)) : undefined;
  if (notice) return notice.reason;
  if (isReprintNotice(text)) return COPYRIGHT;
  if (isSiteNotice(lowered)) return 'removed.standingReminder';
  if (isShortWithWordOfEach(text, LOGIN_PROMPT_MAX, LOGIN_PROMPT.verbs, LOGIN_PROMPT.asks)) return 'removed.navigation';
  // Rows of dates and of links, however long.
  if (!/\p{Script=Han}/u.test(text) && (text.match(DATE)?.length ?? 0) >= 2) return 'removed.navigation';
  const links = [...text.matchAll(LINK_ITEM)];
  if (
    LINK_MARKERS.some((m) => text.startsWith(m)) &&
    links.length >= 2 &&
    links.every((l) => !/[，。；！？、：,;!?]/u.test(l[1]!))
  )
    return 'removed.linkRow';
  if ([...text].length > FURNITURE_MAX || text.includes('。')) return undefined;
  // A phrase glued to the end of a headline (…“迷彩”线相关信息) leaves the line a headline: cut when chosen.
  const phrase = PHRASES.find((p) => lowered.includes(p.phrase) && !gluedAtEnd(lowered, p.phrase));
  if (phrase) return phrase.reason;
  if (isCommentBox(lowered) || isReadingPrompt(text)) return RELATED;
  if (FOLLOW.test(text)) return 'removed.appPrompt';
  if (SPEAKER_SUPER.test(text)) return 'removed.photoCredit';
  if (EPAPER_PAGE_LABEL.test(text)) return 'removed.navigation';
  // 首页 > 乡镇动态 > 正文, 中国文明网 / 安徽文明网群, 客户端>时事: breadcrumbs; 即时 热门 政治 军武 …: a menu.
  if ((text.match(/\s[>»›/]\s|\s*[>»›]\s*/gu)?.length ?? 0) >= 2 || SHORT_BREADCRUMB.test(text))
    return 'removed.breadcrumb';
  // 首页 > 县区正阳县 王勿桥乡…: a trail opening with a page's button word, down to the headline it ends with.
  const trailStart = /^([^>»›]{1,6}?)\s*[>»›]/u.exec(text)?.[1];
  if (trailStart && WHOLE_WORDS.has(trailStart.toLowerCase())) return 'removed.breadcrumb';
  const words = text.split(/\s+/u);
  const menuItem = (w: string) => [...w].length <= MENU_ITEM_MAX && (w.match(HAN)?.length ?? 0) <= MENU_ITEM_HAN;
  if (words.length >= 5 && words.every(menuItem) && !/[，。！？；、：,.;!?]/u.test(text)) return 'removed.menu';
  return undefined;
}

/** 翻攝自Pinkoi,下同。: a short line whose every clause is a photo's source note. */
function isPhotoNote(text: string): boolean {
  const clauses = text
    .split(/[，,。.；;]+/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
  return [...text].length <= PHOTO_NOTE_MAX && clauses.length > 0 && clauses.every((c) => PHOTO_NOTE_CLAUSE.test(c));
}

/** 乖乖在家看影片:, (往下還有更多精彩文章!): a short line in brackets or ending with a colon that points at more to see. */
function isReadingPrompt(text: string): boolean {
  const framed = /^[(（【[].*[)）】\]]$|[:：]$/u.test(text);
  return framed && [...text].length <= READING_PROMPT_MAX && READING_PROMPT_WORDS.some((w) => text.includes(w));
}

/** 未经许可，任何渠道、平台请勿转载: a condition and a reprint act in one paragraph. */
function isReprintNotice(text: string): boolean {
  return isShortWithWordOfEach(text, NOTICE_MAX, REPRINT_NOTICE.conditions, REPRINT_NOTICE.acts);
}

/** `text` has at most `max` characters and holds a word of each list: how a widget's or a notice's line is told. */
function isShortWithWordOfEach(text: string, max: number, ...lists: readonly (readonly string[])[]): boolean {
  return [...text].length <= max && lists.every((words) => words.some((w) => text.includes(w)));
}

/** 评论一下, 评论 0人参与，0条评论, 还没有评论，快来抢沙发吧！: a comment box's short line, no sentence of an article. */
function isCommentBox(lowered: string): boolean {
  return isShortWithWordOfEach(lowered, COMMENT_BOX_MAX, COMMENT_BOX.subjects, COMMENT_BOX.widgets);
}

/** (hai_xiantao)官方微信。: an account word and a Latin handle in one short line. */
function isAccountLine(text: string): boolean {
  return (
    [...text].length <= ACCOUNT_LINE_MAX && ACCOUNT_HANDLE.test(text) && ACCOUNT_WORDS.some((w) => text.includes(w))
  );
}

const LIST_BULLET = new RegExp(`^\\s*([${LIST_BULLETS.join('')}])\\s*`, 'u');

/** • 发布时间：…: a list bullet opening a line is markup; a line holding the bullet again is a row of links. */
function withoutListBullet(text: string): string {
  const bullet = LIST_BULLET.exec(text);
  return bullet && !text.slice(bullet[0].length).includes(bullet[1]!) ? text.slice(bullet[0].length) : text;
}

/** What follows the last sentence of a line (…风险。 分享此文：…, …阻击战！”编辑 | 蔡立梅): maybe something glued on. */
const LAST_SENTENCE_TAIL = /(?<=[。！？!?”」』])(\s*)([^。！？!?”」』]{2,80})$/u;

/**
 * …先后取消婚丧宴操办30户。 记者：张三 来源：某某融媒体中心 责任编辑：李四: metadata fields glued after the last
 * sentence, with or without a space, are a part of their own; so are a date and furniture glued on with a space.
 */
function splitOffGluedTail(text: string, simplified: string): string[] {
  const tail = LAST_SENTENCE_TAIL.exec(simplified);
  if (!tail) return [text];
  const [spaced, glued] = [Boolean(tail[1]), tail[2]!];
  const read = readProvenanceLine(glued, glued);
  const fields = Boolean(read && (read.authors.length || read.editors.length || read.publication));
  // With a space, a date or furniture too. Without one, only labelled fields after a full-width sentence end: a bare
  // date closes teaser links (…“穿越古今”2020.10.04), `<!` opens a markup comment, and a footer's words
  // (本文来自:青山日报 免责声明) are cut with the byline at the end.
  const lowered = glued.toLowerCase();
  const cut = spaced
    ? fields || Boolean(read?.published) || Boolean(furnitureReason(glued))
    : fields &&
      /[。！？”」』]$/u.test(simplified.slice(0, tail.index)) &&
      !PHRASES.some((p) => lowered.includes(p.phrase));
  if (!cut) return [text];
  return [text.slice(0, tail.index).trim(), text.slice(tail.index).trim()];
}

/** A watermark: a few characters closing sentences, no sentence of their own. */
const CLOSING_TAIL = /(?<=[。！？!?”」』])\s*([^\s。！？!?，,；;：:“”「」『』][^。！？!?，,；;：:“”「」『』]{2,19})$/u;

/**
 * …居民手中。iaO宝宝百科网 (in every paragraph): the tails that close two or more different lines after their last
 * sentence, unless they are furniture of a kind of their own (a photographer's credit closing two captions). A line
 * the page repeats whole (a headline shown twice) closes with the same tail by being the same line.
 */
function findWatermarks(texts: readonly string[], toSimplified: (text: string) => string): Set<string> {
  const counts = new Map<string, number>();
  for (const text of new Set(texts)) {
    const tail = CLOSING_TAIL.exec(text)?.[1]?.trim();
    if (tail && !furnitureReason(toSimplified(tail))) counts.set(tail, (counts.get(tail) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([tail]) => tail));
}

function splitOffWatermark(text: string, watermarks: ReadonlySet<string>): string[] {
  const tail = CLOSING_TAIL.exec(text);
  const mark = tail?.[1]?.trim();
  return tail && mark && watermarks.has(mark) ? [text.slice(0, tail.index).trim(), mark] : [text];
}

/** 您的浏览器版本太低，请升级…, 【投稿请邮件 …】: a short line holding a subject and an ask of one kind of site notice. */
function isSiteNotice(lower: string): boolean {
  return NOTICE_WORDS.some(({ subjects, asks }) =>
    MAIL_ADDRESS.test(lower)
      ? isShortWithWordOfEach(lower, SITE_NOTICE_MAX, subjects)
      : isShortWithWordOfEach(lower, SITE_NOTICE_MAX, subjects, asks),
  );
}

/**
 * --> 2025-02-21 … /enpproperty-->, 正文<!-- 来源 -->正文: a line cut at the delimiters of markup comments and CMS
 * template blocks, each comment (with its delimiters) a part of its own. A line opening with a closing delimiter holds
 * the tail of a comment begun above.
 */
function splitAtComments(text: string): string[] {
  const marks = [...text.matchAll(COMMENT_DELIMITER)];
  if (!marks.length) return [text];
  const isOpen = (mark: string) => (PAGE_CODE_DELIMITERS.open as readonly string[]).includes(mark);
  const parts: string[] = [];
  let from = 0;
  let inside = false;
  for (const { 0: mark, index } of marks) {
    if (isOpen(mark) && !inside) {
      parts.push(text.slice(from, index));
      [from, inside] = [index, true];
    } else if (!isOpen(mark)) {
      parts.push(text.slice(from, index + mark.length));
      [from, inside] = [index + mark.length, false];
    }
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** …(来源:青山县政府网) 【投稿请邮件 …】: a site notice in brackets inside a line is a part of its own. */
function splitOffNotices(text: string, simplified: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of simplified.matchAll(BRACKETED)) {
    if (!isSiteNotice(m[0].toLowerCase())) continue;
    parts.push(text.slice(from, m.index), text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
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
  lines.forEach(({ text }, i) => {
    const score = lineScore(text, roles[i]!);
    if (sum <= 0) {
      from = i;
      sum = 0;
    }
    sum += score;
    if (sum > best[2]) best = [from, i, sum];
  });
  return [best[0], best[1]];
}

function lineScore(text: string, role: Role): number {
  const han = text.match(HAN)?.length ?? 0;
  // Images stand between paragraphs: they cost no more than a caption, so the body is not cut at them.
  if (role.kind === 'furniture') return IN_ARTICLES.has(role.reason) ? -2 : -30;
  if (role.kind === 'provenance') return -15;
  if (role.kind === 'repeat') return -(han + 5);
  const punctuation = text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
  return (han >= 8 && punctuation >= 1) || SENTENCE_CLOSE.test(text) ? han : -2;
}

/**
 * The headline's line and text: among the body's first line and the text lines above the body (up to
 * HEADLINE_REACH, passing over furniture and metadata), the best scored. The body's first line is a candidate
 * because a headline with punctuation in it (集结爱心！嘉市民间捐防疫品) scores as prose and is taken into the body.
 * A line next to the metadata line or the body, repeated elsewhere on the page, equal to a footer 标题：… or holding
 * the 原标题：… wins; site and section names, photo captions and lines reading like a sentence lose. Of a headline and
 * its kicker or deck on the next line, the main title is the one that states the fact with a figure. When none wins,
 * a headline-like line of the body that the page repeats (as captions under its photos) is the headline.
 */
function chooseHeadline(
  lines: readonly SourceLine[],
  roles: readonly Role[],
  [bodyStart, bodyEnd]: readonly [number, number],
  { footerTitle, originalTitle }: { footerTitle?: string; originalTitle?: string },
  toSimplified: (text: string) => string,
): { at: number; text: string } | undefined {
  const folded = lines.map((l) => foldText(l.text));
  const textOf = (i: number) => headlineText(lines[i]!.text, i, folded, toSimplified);
  const scored = new Map<number, { at: number; text: string; score: number }>();
  let best: { at: number; text: string; score: number } | undefined;
  let reach = 0;
  const above = Array.from({ length: bodyStart }, (_, k) => bodyStart - 1 - k);
  // A line right above the page's dated metadata line is where headlines stand, even inside the run: a page stored
  // out of order (a later paragraph first) puts its headline and date line in the middle.
  const dated = (i: number) => {
    const role = roles[i + 1];
    return role?.kind === 'provenance' && Boolean(role.read.published);
  };
  const headed = Array.from({ length: bodyEnd - bodyStart }, (_, k) => bodyStart + 1 + k).filter(dated);
  for (const i of bodyEnd > bodyStart ? [bodyStart, ...above, ...headed] : above) {
    if (reach >= HEADLINE_REACH) break;
    if (roles[i]!.kind !== 'text') continue;
    const text = textOf(i);
    // Scraps of a share bar or a toolbar the lexicon does not know (Mastodon, 02-13) are passed over unseen.
    if ((toSimplified(text).match(HAN)?.length ?? 0) < HEADLINE_MIN_HAN && !SENTENCE_CLOSE.test(text)) continue;
    reach++;
    // Above a date line, a headline may close with a full stop (全面防疫 某鎮公所消毒。), one clause.
    const closed = dated(i) && /^[^，。；,;]+。$/u.test(text) ? text.slice(0, -1) : text;
    if (!headlineLike(toSimplified(closed))) continue;
    // Next to the body, or to the metadata line between the headline and the body (photo captions aside).
    const inBody = i === bodyStart;
    const next = roles.slice(i + 1, inBody ? i + 2 : bodyStart).find((r, k) => {
      const below = toSimplified(lines[i + 1 + k]!.text);
      return r.kind !== 'furniture' && r.kind !== 'repeat' && !isCaption(below) && !DECK.test(below);
    });
    let score = 3 - reach;
    if ((!next && !inBody) || next?.kind === 'provenance') score += 3;
    // The body's first line is a headline only when it does not read like a sentence.
    if (inBody && readsAsSentence(text)) score -= 3;
    if (folded.some((f, j) => j !== i && f.includes(foldText(text)))) score += 3;
    if (footerTitle && foldText(footerTitle) === foldText(text)) score += 10;
    if (originalTitle && foldText(text).includes(foldText(originalTitle))) score += 10;
    const simplified = toSimplified(text);
    const siteName = namesSite(simplified) && nameSized(simplified) && !/[，、：:！？!?“”「」《》]/u.test(text);
    if (siteName) score -= 6;
    if (siteSeparated(simplified)) score -= 6;
    // The dated metadata line belongs to the headline above it, not to a site or section name: lines between it and
    // the body are captions.
    else if (!siteName && next?.kind === 'provenance' && next.read.published) score += 4;
    const candidate = { at: i, text, score };
    scored.set(i, candidate);
    if (!best || score > best.score) best = candidate;
  }
  if (best && best.score > 0) {
    const pair = [best.at - 1, best.at + 1]
      .map((j) => scored.get(j))
      .find((c) => c && c.score >= TITLE_PAIR_MIN && FIGURE.test(c.text) && !/[，,；;]|[。！？!?]$/u.test(c.text));
    const main = pair && !FIGURE.test(best.text) ? pair : best;
    return { at: main.at, text: main.text };
  }
  if (footerTitle) return undefined;
  for (let i = bodyStart; i <= bodyEnd; i++) {
    const repeated = folded.some((f, j) => j !== i && f === folded[i]);
    if (roles[i]!.kind === 'text' && repeated && headlineLike(toSimplified(textOf(i))))
      return { at: i, text: textOf(i) };
  }
  return undefined;
}

/** A site or section name is short: a longer line ending in 网 is a headline (雷州某村扎牢基层防疫网). */
const SITE_NAME_MAX_HAN = 10;

function nameSized(simplified: string): boolean {
  return (simplified.match(HAN)?.length ?? 0) <= SITE_NAME_MAX_HAN;
}

function namesSite(simplified: string): boolean {
  return SITE_NAME_ENDINGS.some((e) => simplified.trim().endsWith(e));
}

/**
 * 标题 | 青山新闻网, 首页 | 要闻 | 正文, 乡镇 / 动态: a `|` or spaced slash that sets a site or section name apart, or
 * several of them (a bar). A single `|` between a column tag and the headline (战“疫”有你|一箱箱水果…) is no marker.
 */
function siteSeparated(simplified: string): boolean {
  if (/\s[>/]\s/u.test(simplified)) return true;
  const parts = simplified.split(/[|｜]/u);
  return parts.length > 2 || (parts.length === 2 && parts.some((part) => !part.trim() || namesSite(part)));
}

/**
 * Short, with a few Han characters, not ending like a clause or with a photographer's credit, not a numbered section,
 * not a deck.
 */
function headlineLike(simplified: string): boolean {
  const han = simplified.match(HAN)?.length ?? 0;
  return (
    han >= HEADLINE_MIN_HAN &&
    [...simplified].length <= HEADLINE_MAX &&
    !/[。，；：,;:]$/u.test(simplified) &&
    !isCaption(simplified) &&
    !SECTION_NUMBER.test(simplified) &&
    !DECK.test(simplified)
  );
}

/** A photo caption: a line closing with its photographer or a photo credit (…清潔隊防疫消毒。(鄉公所提供)). */
function isCaption(simplified: string): boolean {
  return CAPTION_CREDIT.test(simplified) || CLOSING_CREDIT.test(plainSlashes(simplified));
}

/** A lead's first line rather than a headline: it ends with a full stop, or runs on over clauses. */
function readsAsSentence(text: string): boolean {
  const clauses = text.match(/[，,；;]/gu)?.length ?? 0;
  return /。[”」』]?$/u.test(text) || clauses >= 2 || (clauses === 1 && [...text].length > HEADLINE_CLAUSE_MAX);
}

/**
 * A line as a headline: without a border or a furniture phrase glued to its end, and without the parts around a `_`
 * that the page writes alone elsewhere or that name the site (爱心人士捐赠物资疫情_周覃镇爱心人士…, 标题_某某网), or
 * the first part of a page title that ends with the site's name.
 */
function headlineText(text: string, at: number, folded: readonly string[], toSimplified: (text: string) => string) {
  // 青山一道 同擔風雨 禮嘉鎮:上門服務 |: a table cell's border around the title is no part of it.
  const bare = withoutTrailingFurniture(text, toSimplified).replace(/^[|｜\s]+|[\s|｜]+$/gu, '');
  const clean = bare.slice(sitePrefix(bare, toSimplified)?.length ?? 0).trim();
  return pageTitleArticle(clean, at, folded, toSimplified) ?? clean;
}

/** 标题_青山新闻网, 标题 - 公益 - 中工网: the parts of a page title, cut at `_` or a dash with spaces around it. */
const PAGE_TITLE_SEPARATOR = /[_＿]+|\s+[-–—]\s+/u;

/**
 * The article's part of a page title (标题 - 公益 - 中工网, 爱心人士捐赠物资疫情_周覃镇爱心人士…), or undefined when the
 * line is none. A title running from the article to the site's name (标题_2007年第23号国务院公报_中国政府网) has the
 * article first; otherwise the parts the page writes alone elsewhere or that name the site are affixes, and the one
 * part left is the article's.
 */
function pageTitleArticle(
  text: string,
  at: number,
  folded: readonly string[],
  toSimplified: (text: string) => string,
): string | undefined {
  const parts = text
    .split(PAGE_TITLE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const site = (part: string) => namesSite(toSimplified(part));
  // The headline shown again under its page title is written alone elsewhere too: the site's name decides first.
  if (site(parts.at(-1)!) && !site(parts[0]!)) return parts[0];
  const affix = (part: string) => site(part) || folded.some((f, j) => j !== at && f === foldText(part));
  const kept = parts.filter((part) => !affix(part));
  if (kept.length === 1) return kept[0];
  return affix(parts.at(-1)!) && !affix(parts[0]!) ? parts[0] : undefined;
}

/**
 * 每日快讯!“爱心蔬菜包”送到居民家, 要闻：…: a short label and a mark set apart before the headline. (A label before `|`
 * may be a site's name before a section's, 青山要闻|防疫专题: such lines lose as site names, siteSeparated.)
 */
const LABEL_BEFORE = /^([^\s!！|｜:：]{2,12})\s*[!！:：]\s*/u;

/**
 * The site's or a column's name set before a headline (每日快讯!, 要闻：), with its mark, when it names one: a town
 * before a colon (青山镇：…) is part of the headline.
 */
function sitePrefix(text: string, toSimplified: (text: string) => string): string | undefined {
  const label = LABEL_BEFORE.exec(text);
  if (!label) return undefined;
  const name = toSimplified(label[1]!);
  const rest = toSimplified(text.slice(label[0].length));
  const named = namesSite(name) && nameSized(name);
  return named && (rest.match(HAN)?.length ?? 0) >= HEADLINE_MIN_HAN ? label[0].trim() : undefined;
}

/** 民兵筑就最强防疫“迷彩”线相关信息: a furniture phrase glued to the end of a line by the scraper is cut off. */
function withoutTrailingFurniture(text: string, toSimplified: (text: string) => string): string {
  const simplified = toSimplified(text).toLowerCase();
  const glued = PHRASES.find((p) => gluedAtEnd(simplified, p.phrase));
  return glued ? text.slice(0, text.length - glued.phrase.length).trimEnd() : text;
}

/**
 * ▲县议员赠送消毒液喷罐。(示意图,非当事照), …場面壯觀。(圖/吉安鄉公所提供)吉安鄉…: the bracketed photo credits go,
 * the caption and the paragraph around them stay.
 */
function withoutPhotoCredits(text: string, toSimplified: (text: string) => string) {
  const credits: string[] = [];
  let kept = '';
  let from = 0;
  // Positions are the same in both scripts and with plain slashes: the credits are cut from the text as written.
  for (const m of plainSlashes(toSimplified(text)).matchAll(PHOTO_CREDIT)) {
    kept += text.slice(from, m.index);
    credits.push(text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  return { text: (kept + text.slice(from)).trim(), credits };
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

/** The phrase closes the line, after a headline's worth of Han characters, and appears nowhere else in it. */
function gluedAtEnd(line: string, phrase: string): boolean {
  return (
    line.endsWith(phrase) &&
    line.indexOf(phrase) === line.length - phrase.length &&
    (line.slice(0, -phrase.length).match(HAN)?.length ?? 0) >= GLUED_MIN_HAN
  );
}
