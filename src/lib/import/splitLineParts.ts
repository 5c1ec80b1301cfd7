/**
 * A source line cut into the parts a page ran together: markup blocks, comments, bracketed notices, a date stamp,
 * a byline, metadata or furniture glued after the last sentence, a site's watermark.
 */
import { LIST_BULLETS, PAGE_CODE_DELIMITERS } from '../../config/pageFurniture.ts';
import {
  gluedSourceField,
  joinSpacedLabels,
  POSTER_DAY,
  readProvenanceLine,
  splitAtCmsByline,
  splitAtOpeningField,
  splitAtPostStamp,
  splitAtStamp,
  UNCOLONED_SOURCE,
} from './extractProvenance.ts';
import {
  BUTTON_RUN,
  COMMENT_DELIMITERS,
  FORUM_CODE,
  PHRASES,
  furnitureReason,
  isForumCode,
  isSiteNotice,
} from './furnitureLines.ts';
import { splitAtInlineByline } from './extractTrailingByline.ts';
import { markupToLines } from './pageToText.ts';
import { countHan } from './textMeasures.ts';
import type { SourceLine } from './types.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

/** 【投稿请邮件 …】 inside a line: a bracketed part that may be a site notice. */
const BRACKETED = /【[^【】]*】|\[[^[\]]*\]|〔[^〔〕]*〕/gu;
const COMMENT_DELIMITER = new RegExp(anyOfWords(COMMENT_DELIMITERS), 'gu');

const LIST_BULLET = new RegExp(`^\\s*([${LIST_BULLETS.join('')}])\\s*`, 'u');

/**
 * The parts of the source lines, each keeping its line number, and the watermarks found among them. Markup pasted as
 * text is read as HTML first: its blocks are lines like any other; so are the headline, date stamp and body a page
 * wrote on one line, and a comment or a bracketed notice inside a line (dropped as such). A blog's Latin byline inside
 * a line, and furniture or metadata glued after the last sentence of a line with a space between, likewise.
 */
export function splitIntoParts(
  source: readonly SourceLine[],
  toSimplified: (text: string) => string,
): { lines: SourceLine[]; watermarks: Set<string> } {
  // A forum's code is a part of its own first, and stays whole: its marks are no sentences to split.
  const parts = source.flatMap((line) =>
    markupToLines(line.text)
      .flatMap(splitAtForumCode)
      .flatMap((part) => (isForumCode(part) ? [part] : splitText(part, toSimplified)))
      .map((text) => ({ ...line, text })),
  );
  // A site's name glued to the end of its paragraphs is a watermark: a part of its own, dropped wherever it stands.
  const watermarks = findWatermarks(
    parts.map((l) => l.text),
    toSimplified,
  );
  const lines = parts.flatMap((line) => splitOffWatermark(line.text, watermarks).map((text) => ({ ...line, text })));
  return { lines, watermarks };
}

/** A line's text in parts: blocks, stamps, comments, notices and glued tails apart. */
function splitText(text: string, toSimplified: (text: string) => string): string[] {
  return [text]
    .map(withoutListBullet)
    .map((text) => joinSpacedLabels(text, toSimplified(text)))
    .flatMap(splitAtImageAlt)
    .flatMap(splitAtEmptyImages)
    .flatMap(splitAtComments)
    .flatMap((text) => splitAtPostStamp(text, toSimplified(text)))
    .flatMap((text) => splitAtStamp(text, toSimplified(text)))
    .flatMap(splitAtCmsByline)
    .flatMap((text) => splitAtInlineByline(text, toSimplified(text)))
    .flatMap((text) => splitAtOpeningField(text, toSimplified(text)))
    .flatMap((text) => splitOffNotices(text, toSimplified(text)))
    .flatMap((text) => splitOffButtons(text, toSimplified(text)))
    .flatMap(splitOffGluedMedia)
    .flatMap((text) => splitOffGluedTail(text, toSimplified(text)))
    .flatMap((text) => splitOffGluedSource(text, toSimplified(text)))
    .flatMap(splitOffBracketedDate)
    .flatMap((text) => splitOffSpacedMetadata(text, toSimplified(text)));
}

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
    : (fields || UNCOLONED_SOURCE.test(glued)) &&
      /[。！？”」』]$/u.test(simplified.slice(0, tail.index)) &&
      !PHRASES.some((p) => lowered.includes(p.phrase));
  if (!cut) return [text];
  return [text.slice(0, tail.index).trim(), text.slice(tail.index).trim()];
}

/** …在灭火http://pic.app.example.com/20200409.mp4?772: a media file's address glued to a line's end. */
const GLUED_MEDIA = /(?<=\S)https?:\/\/\S+\.(?:mp4|m3u8|mov|flv|mp3|jpe?g|png|gif|webp)(?:\?\S*)?$/iu;

/** The address of a video or a photo glued to the end of a line is the embed the page lost, a part of its own. */
function splitOffGluedMedia(text: string): string[] {
  const media = GLUED_MEDIA.exec(text);
  return media ? [text.slice(0, media.index).trim(), media[0]] : [text];
}

/**
 * 东岛刘家村为7支志愿服务队伍授旗信息来源:荣成市融媒体中心: a source field glued to a headline (a line of no sentence,
 * a headline's worth of Han characters before it) is a metadata line of its own.
 */
function splitOffGluedSource(text: string, simplified: string): string[] {
  const at = gluedSourceField(simplified);
  if (at === undefined || /[，,。！？!?；;]/u.test(simplified.slice(0, at))) return [text];
  const head = text.slice(0, at).trim();
  return countHan(head) >= HEADLINE_MIN_HAN ? [head, text.slice(at).trim()] : [text];
}

/** [2003-10-24] 标题: a date in brackets opening a line, before a headline. */
const BRACKETED_DATE_BEFORE = /^[[【(（]\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[\]】)）]\s*/u;

/**
 * [2003-10-24] 江胡葆琳江星闽捐建小学: a page's date in brackets before its headline (a headline's worth of Han
 * characters, no sentence) is a metadata line of its own.
 */
function splitOffBracketedDate(text: string): string[] {
  const date = BRACKETED_DATE_BEFORE.exec(text)?.[0];
  if (!date) return [text];
  const rest = text.slice(date.length);
  return countHan(rest) >= HEADLINE_MIN_HAN && !/[，,。！？!?；;]/u.test(rest) ? [date.trim(), rest] : [text];
}

/** The last two words of a line, a space before each (… 小龙女 10月6日). */
const LAST_TWO_WORDS = /\s+\S+\s+\S+$/u;
/** A headline is this long at least, in Han characters. */
const HEADLINE_MIN_HAN = 8;

/**
 * 忻州市红色志愿服务队协助…做全员核酸检测 小龙女 10月6日: a poster and a day glued to a headline with spaces (no sentence
 * in the line) are a metadata line of their own.
 */
function splitOffSpacedMetadata(text: string, simplified: string): string[] {
  const tail = LAST_TWO_WORDS.exec(simplified);
  if (!tail || /[，,。！？!?；;]/u.test(simplified)) return [text];
  const head = text.slice(0, tail.index);
  const metadata = text.slice(tail.index).trim();
  return countHan(head) >= HEADLINE_MIN_HAN && POSTER_DAY.test(metadata) ? [head, metadata] : [text];
}

/**
 * A watermark: a short run (a site's name, or its keyword title) closing sentences (after 。 or a quote that closes one:
 * …。”), no sentence of their own.
 * A quote closing a phrase is no sentence's end (“防火宣传”活跃乡村: a headline's last words).
 */
const CLOSING_TAIL =
  /(?<=[。！？!?]|[。！？!?][”」』])\s*([^\s。！？!?，,；;：:“”「」『』][^。！？!?，,；;：:“”「」『』]{2,39})$/u;

/**
 * …居民手中。iaO宝宝百科网 (in every paragraph): the tails that close two or more different lines after their last
 * sentence, unless they are furniture of a kind of their own (a photographer's credit closing two captions). A line
 * the page repeats whole (a headline shown twice) closes with the same tail by being the same line.
 */
function findWatermarks(texts: readonly string[], toSimplified: (text: string) => string): Set<string> {
  const closed = new Map<string, string[]>();
  for (const text of new Set(texts)) {
    const tail = CLOSING_TAIL.exec(text)?.[1]?.trim();
    if (tail && !furnitureReason(toSimplified(tail))) closed.set(tail, [...(closed.get(tail) ?? []), text]);
  }
  // 主页 > 特别关注 > 标题“…”见成效 over 标题“…”见成效: a line ending with another whole line repeats that line (a
  // breadcrumb ending in the headline), it is no second line the tail closes.
  const different = (lines: readonly string[]) =>
    lines.filter((line) => !lines.some((other) => other !== line && line.endsWith(other)));
  return new Set([...closed].filter(([, lines]) => different(lines).length >= 2).map(([tail]) => tail));
}

function splitOffWatermark(text: string, watermarks: ReadonlySet<string>): string[] {
  const tail = CLOSING_TAIL.exec(text);
  const mark = tail?.[1]?.trim();
  return tail && mark && watermarks.has(mark) ? [text.slice(0, tail.index).trim(), mark] : [text];
}

/** <image>data:… alt="标题 | 某某新闻"</image>: an image element left as text, and the alt text inside it. */
const IMAGE_ALT = /(<image>[^<>]*?\balt=")([^"<>]*)("\s*<\/image>)/gu;

/**
 * An image element a scraper left as text is page code around the image's alt text: the alt text (a headline with
 * the site's name, a photo credit) is a part of its own, read like any line.
 */
function splitAtImageAlt(text: string): string[] {
  return text
    .split(IMAGE_ALT)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** ![]() ![](): a scraper's Markdown for an image it kept neither the source nor the alt text of. */
const EMPTY_IMAGES = /(?:!\[\]\(\)\s*)+/gu;

/** …群众的榜样。 ![]() 300多名…: empty image markup inside a line is a part of its own (dropped as a separator). */
function splitAtEmptyImages(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const { 0: run, index } of text.matchAll(EMPTY_IMAGES)) {
    parts.push(text.slice(from, index), run);
    from = index + run.length;
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
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

/** [align=center][b]标题[/b]& u3 Y! Q% j* ]: a forum's formatting code and anti-copy marks are parts of their own. */
function splitAtForumCode(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const { 0: run, index } of text.matchAll(FORUM_CODE)) {
    if (!isForumCode(run.trim())) continue;
    parts.push(text.slice(from, index), run);
    from = index + run.length;
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** …(圖/記者張三攝) 大 中 小 有鑑於…: a run of button words set apart by spaces inside a line is a part of its own. */
function splitOffButtons(text: string, simplified: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of simplified.matchAll(BUTTON_RUN)) {
    parts.push(text.slice(from, m.index), text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * …(来源:青山县政府网) 【投稿请邮件 …】: a site notice in brackets inside a line is a part of its own, after the line's
 * text, which stays whole around it (…报道的【投稿请邮件 …】引发热议 is one sentence).
 */
function splitOffNotices(text: string, simplified: string): string[] {
  const notices: string[] = [];
  let kept = '';
  let from = 0;
  for (const m of simplified.matchAll(BRACKETED)) {
    if (!isSiteNotice(m[0].toLowerCase())) continue;
    kept += text.slice(from, m.index);
    notices.push(text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  kept += text.slice(from);
  return [kept, ...notices].map((part) => part.trim()).filter(Boolean);
}
