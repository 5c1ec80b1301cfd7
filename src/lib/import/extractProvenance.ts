import {
  CMS_BYLINE_OPENERS,
  CREDIT_SUFFIXES,
  FORUM_POST_VERBS,
  PROVENANCE_LABELS,
  RELATIVE_STAMPS,
  SLASH_LOOKALIKES,
  STANDALONE_LABELS,
  STAMP_POST_VERBS,
  STORY_TAGS,
  UNCOLONED_SOURCE_LABELS,
} from '../../config/pageFurniture.ts';
import { parseFullDate } from '../numbers/parseFullDate.ts';
import { countHan } from './textMeasures.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

export interface Provenance {
  /** 作者, 撰稿人, 通讯员, 记者 and a trailing (李靜): the people who wrote it. */
  byline?: string;
  /** 来源: the publication. */
  publication?: string;
  url?: string;
  /** 编辑, 责任编辑: kept in the source note, the schema has no field for them. */
  editors: string[];
  /** From a metadata line (发布时间：…) or a line holding only a date. */
  published?: string;
  /** From a footer 标题：… line. */
  title?: string;
  /** From a 原标题：… line: the headline the story first ran under, before a reposting site renamed it. */
  originalTitle?: string;
}

/** What one metadata line says. */
export interface ProvenanceLine extends Omit<Provenance, 'byline'> {
  authors: string[];
}

type Field = keyof typeof PROVENANCE_LABELS;

const ALL_LABELS = Object.values(PROVENANCE_LABELS)
  .flat()
  .sort((a, b) => b.length - a.length);
const FIELD_OF = new Map<string, Field>(
  (Object.entries(PROVENANCE_LABELS) as [Field, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [label, field] as const),
  ),
);
const escaped = anyOfWords(ALL_LABELS);
/**
 * Labels of two characters or more may be followed by a slash or a bar instead of a colon (摄影/张艳 编辑/苏芳,
 * 编辑 | 蔡立梅校对 | 雷其全); 文 may not (文/图).
 */
const escapedLong = anyOfWords(ALL_LABELS.filter((l) => [...l].length >= 2));
/** …and by a bar, unless the label is also a story tag set before a headline (视频 | 杨浦：…). */
const escapedBarred = anyOfWords(ALL_LABELS.filter((l) => [...l].length >= 2 && !STORY_TAGS.includes(l)));
/**
 * An editor's label of two characters or more may be followed by a space alone when a name and a semicolon or the
 * line's end follow (一审 向晶平;二审 石蓓;三审 李斌): a chain of editorial sign-offs.
 */
const editorLong = anyOfWords(PROVENANCE_LABELS.editor.filter((l) => [...l].length >= 2));
const SEPARATOR =
  `(?:\\s*[:：]|(?<=${escapedLong})/|(?<=${escapedBarred})\\s*[|｜]` +
  `|(?<=${editorLong})\\s+(?=[\\p{Script=Han}·]{2,4}\\s*(?:[;；]|[)）]?$)))`;
/**
 * label：value, the value running to the next label, a `|`, a closing bracket, two spaces or the end of the line. A
 * table's border may stand between the label and its value (标题: | 整治人居环境 |).
 */
const FIELD = new RegExp(
  `(?<label>${escaped})${SEPARATOR}(?:\\s*[|｜](?=\\s*[^\\s|｜]))?\\s*(?<value>.*?)(?=\\s*(?:[|｜)）\\]】;；]|\\s{2,}|(?:${escaped})${SEPARATOR}|$))`,
  'gu',
);
/** 来源今日聚蛟: a source label and the source's name, no colon between (UNCOLONED_SOURCE_LABELS). */
export const UNCOLONED_SOURCE = new RegExp(
  `^(?<label>${anyOfWords(UNCOLONED_SOURCE_LABELS)})(?![于自])(?<value>[\\p{Script=Han}A-Za-z]{2,12})$`,
  'u',
);
/** A source field closing a line: a label of two characters or more, a colon and a name. */
const SOURCE_FIELD_AT_END = new RegExp(
  `(?<=\\p{Script=Han})(?<label>${anyOfWords(PROVENANCE_LABELS.publication.filter((l) => [...l].length >= 2))})[:：]\\s*[^\\s，。！？；：,.!?;:]{2,20}$`,
  'u',
);

/**
 * …为7支志愿服务队伍授旗信息来源:荣成市融媒体中心: where a source field glued to the end of a line starts, no space
 * before it; undefined when there is none, or when the label closes a longer one of another field (图片来源：…).
 */
export function gluedSourceField(simplified: string): number | undefined {
  const field = SOURCE_FIELD_AT_END.exec(simplified);
  if (!field) return undefined;
  const through = simplified.slice(0, field.index + field.groups!.label!.length);
  const longer = ALL_LABELS.some((l) => l.length > field.groups!.label!.length && through.endsWith(l));
  return longer ? undefined : field.index;
}
/** 医技药剂党支部、药剂科供稿: who supplied the text, as a credit at the start of a metadata line. */
const CREDIT = new RegExp(`^(?<value>[^\\s，。！？；：,.!?;:]{2,30}?)(?:${anyOfWords(CREDIT_SUFFIXES)})(?=\\s|$)`, 'u');
/**
 * (原标题《…》): a title named by its label and quoted in 《》 rather than after a colon; 标题 徐圩街道为…: a disclosure
 * table's title row, its label and a space before the title (no sentence: the title has no full stop).
 */
const TITLE_WITHOUT_COLON = new RegExp(
  `^(?<label>${anyOfWords([...PROVENANCE_LABELS.title, ...PROVENANCE_LABELS.originalTitle])})` +
    `(?:\\s*[:：]?\\s*《(?<value>[^《》]+)》|\\s+(?<value>[^\\s:：][^。！？]*))$`,
  'du',
);
/**
 * (青山镇 撰稿:李琳 审核:张三): the office that wrote it, a name before a space and the fields of a bracketed line, as a
 * credit is (CREDIT). Without the brackets the name may be a photo's caption (卡点工作人员接收物资 图片来源：…).
 */
const NAME_BEFORE_FIELDS = new RegExp(`^(?<value>\\p{Script=Han}{2,10})\\s+(?=(?:${escaped})${SEPARATOR})`, 'u');
/** 来源:某网 http://…: a value may carry its link after a space, no part of its length. */
const LINK_AFTER = /\s+https?:\/\/\S+$/u;
/** 发表日期(109/12/03), 发布时间（2020-12-03）: a date label and the date in brackets, alone on the line. */
const BRACKETED_DATE = new RegExp(
  `^(?:${anyOfWords(PROVENANCE_LABELS.published)})\\s*[(（]\\s*(?<date>\\d{2,4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?)\\s*[)）]$`,
  'u',
);
/** Metadata values are names, titles and dates (or an address): a longer value means the line is a sentence. */
const VALUE_MAX = 40;
/** A line that is a date and maybe a time, with at most a short source or desk beside it (2020/4/11 17:19). */
const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?`;
const TIME_OF_DAY = String.raw`\s*\d{1,2}:\d{2}(?::\d{2})?`;
const TIMESTAMP = new RegExp(`${DATE}(?:${TIME_OF_DAY})?`, 'u');
const TIMESTAMP_LINE_MAX = 40;
/** A timestamp with its time of day (2022-04-29 16:00:24): what a record's field holds, never a headline. */
const CLOCKED_TIMESTAMP = new RegExp(`${DATE}${TIME_OF_DAY}`, 'u');
/** A form's field label: a few Han characters, set apart by spaces. */
const FORM_LABEL = /^\p{Script=Han}{2,6}$/u;

/**
 * 服务时长 8小时 活动日期 2022-04-29 16:00:24 至 2022-04-29 23:59:24: a record's row of fields with no colons, labels and
 * values set apart by spaces, holding a timestamp with its time of day; no sentence.
 */
export function isFormRow(simplified: string): boolean {
  if (/[，,。！？!?；;]/u.test(simplified) || !CLOCKED_TIMESTAMP.test(simplified)) return false;
  const words = simplified.split(CLOCKED_TIMESTAMP).join(' ').trim().split(/\s+/u);
  return words.filter((w) => FORM_LABEL.test(w)).length >= 2 && words.every((w) => [...w].length <= 12);
}

/**
 * 服务地点 广饶县某路口 所属团体 某馆志愿服务队: two or more fields, each a label and its value set apart by spaces (a
 * value maybe followed by more of no Han character, 联系电话 1525465**** 0546644****); no sentence. Such a line is a
 * form's row only next to one that isFormRow shows (a headline may be set out in parts).
 */
export function isFieldPairRow(simplified: string): boolean {
  if (/[，,。！？!?；;：:]/u.test(simplified)) return false;
  return FIELD_PAIRS.test(simplified.trim());
}

/** 联系人 徐* 联系电话 1525465**** 0546644****: a label, a value, maybe more values of no Han character (numbers). */
const FIELD_PAIRS =
  /^\p{Script=Han}{2,6}\s+\S+(?:\s+[^\s\p{Script=Han}]+)*(?:\s+\p{Script=Han}{2,6}\s+\S+(?:\s+[^\s\p{Script=Han}]+)*)+$/u;
/**
 * 02-13 11:45, 2月13日 11:45, 昨天 08:30, 3小时前, 刚刚: a mobile page's stamp with no year, as a line of its own,
 * maybe with a short source or desk beside it after a space (02-04 13:30   青山镇), as a dated stamp may.
 */
const YEARLESS_STAMP = new RegExp(
  `^(?:(?:\\d{1,2}\\s*(?:[-/.]|月)\\s*\\d{1,2}日?|${anyOfWords(RELATIVE_STAMPS.days)})\\s*\\d{1,2}:\\d{2}(?::\\d{2})?` +
    `|\\d{1,3}\\s*(?:${anyOfWords(RELATIVE_STAMPS.agoUnits)})前|${anyOfWords(RELATIVE_STAMPS.now)})` +
    `(?:\\s+[\\p{L}\\p{N}·]{1,12}){0,2}$`,
  'u',
);
/**
 * 小鱼SEO专员3年前互联网资讯197: a content site's post line run together, the poster, a stamp relative to the day it
 * was read, the category and the views.
 */
const POSTER_STAMP = new RegExp(
  `^[\\p{L}\\p{N}·]{1,16}?\\d{1,3}\\s*(?:${anyOfWords(RELATIVE_STAMPS.agoUnits)})前\\s*\\p{Script=Han}{0,8}\\s*\\d+$`,
  'u',
);
/** 小龙女 10月6日: a poster's name and the day of the post, no year, as a line of its own. */
export const POSTER_DAY = /^\p{Script=Han}{2,4}\s+\d{1,2}月\d{1,2}日$/u;
/**
 * 长岭镇疫情防控工作动态(2020年1月31日): a title carrying its date in brackets is a headline, not a metadata line
 * (a publication in 《》 before a bracketed date and page is one: 《青山日报》（2020年02月01日 04版）).
 */
const DATED_TITLE = new RegExp(`^[^《》]*\\p{Script=Han}{4}[^《》]*[(（]\\s*${TIMESTAMP.source}\\s*[)）]$`, 'u');
/** What stands before a date stamp glued to the body is a headline at most this long. */
const STAMP_HEADLINE_MAX = 60;
const STAMP_HEADLINE_MIN_HAN = 4;

/**
 * Posted on2020-02-262020-02-26Autor某某網留下足跡: a blog engine's Latin byline, from its opening words and a date to
 * the next space, after a sentence or a space (or opening the line).
 */
const CMS_BYLINE = new RegExp(
  `(?:^|(?<=[。！？!?\\s]))(?:${anyOfWords(CMS_BYLINE_OPENERS)})\\s*(?=\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\S*`,
  'iu',
);

/**
 * 通 讯 员:张三, 编 辑 李四: a label of two or more characters written with spaces between them (to pad it to the
 * width of a longer one), before a colon or a space. The labels are read only once the spaces are out.
 */
const SPACED_LABEL = new RegExp(
  `(?<!\\p{Script=Han})(?:${ALL_LABELS.filter((l) => /^\p{Script=Han}{2,}$/u.test(l))
    .map((l) => [...l].join('[ \\u3000]+'))
    .join('|')})(?=\\s*[:：]|\\s)`,
  'gu',
);

/** The line without the spaces inside spaced-out labels. `simplified` is the line converted character for character. */
export function joinSpacedLabels(text: string, simplified: string): string {
  let joined = '';
  let from = 0;
  for (const m of simplified.matchAll(SPACED_LABEL)) {
    joined += text.slice(from, m.index) + text.slice(m.index, m.index + m[0].length).replace(/[ \u3000]+/gu, '');
    from = m.index + m[0].length;
  }
  return joined + text.slice(from);
}

const SLASHES = new RegExp(`[${SLASH_LOOKALIKES.join('')}]`, 'gu');

/** The text with every look-alike slash written `/`, one character for one, so that positions stay the same. */
export function plainSlashes(text: string): string {
  return text.replace(SLASHES, '/');
}

/** A counter's label standing alone in a metadata line, its number left blank by the page (浏览次, 点击:). */
const BLANK_COUNTER = new RegExp(`(?:${anyOfWords(PROVENANCE_LABELS.counter)})\\S?\\s*[:：]?`, 'gu');
/** The site's own address among the fields (【 www.example.gov.cn 】 【 2026-02-10 】 【 来源:… 】). */
const SITE_ADDRESS = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/?(?=\s|$)/giu;

/**
 * Reads a page's metadata line: fields (来源：… 作者：… 发布时间：…), a bare date or timestamp line, or a bracketed
 * editors' line (编辑：吕艳 编审：刘晓平). Returns undefined for any other line: a field label inside a sentence is
 * text. `simplified` is the line converted character for character (the labels are Simplified).
 */
export function readProvenanceLine(text: string, simplified: string): ProvenanceLine | undefined {
  const plain = plainSlashes(simplified);
  const inner = plain.replace(/^\s*[(（[【]|[)）\]】]\s*$/gu, '');
  const offset = plain.indexOf(inner);
  // 权威发布：…: a label that is a headline's word too is no field after another word; nor is a one-character label
  // (王文：中美贸易…, a columnist's name before his headline).
  const fields = [...inner.matchAll(FIELD)].filter(
    (f) =>
      (!STANDALONE_LABELS.includes(f.groups!.label!) && [...f.groups!.label!].length > 1) ||
      !/\p{Script=Han}/u.test(inner[f.index - 1] ?? ''),
  );
  const bracketed = inner !== plain;
  const credit = CREDIT.exec(inner) ?? (fields.length && bracketed ? NAME_BEFORE_FIELDS.exec(inner) : null);
  // What is left once the fields are out: nothing, the timestamp such lines often start with, a serial number, a
  // counter whose number the page left blank (浏览次), or the site's address.
  const rest = fields
    .reduce((t, f) => t.replace(f[0], ''), credit ? inner.slice(credit[0].length) : inner)
    .replace(TIMESTAMP, '')
    .replace(BLANK_COUNTER, '')
    .replace(SITE_ADDRESS, '')
    .replace(/[\d\s|｜/()（）[\]【】]/gu, '');
  const out: ProvenanceLine = { editors: [], authors: [] };
  const titled = TITLE_WITHOUT_COLON.exec(inner);
  if (titled) {
    const [from, to] = titled.indices!.groups!.value!;
    const value = text.slice(offset + from, offset + to);
    return FIELD_OF.get(titled.groups!.label!) === 'title'
      ? { ...out, title: value }
      : { ...out, originalTitle: value };
  }
  if (
    (fields.length || credit) &&
    rest.length <= 2 &&
    fields.every(
      (f) =>
        /^https?:\/\/\S+$/u.test(f.groups!.value!) ||
        ([...f.groups!.value!.replace(LINK_AFTER, '')].length <= VALUE_MAX && !f.groups!.value!.includes('。')),
    )
  ) {
    if (credit) out.publication = text.slice(offset, offset + credit.groups!.value!.length);
    for (const f of fields) {
      const field = FIELD_OF.get(f.groups!.label!)!;
      const start = offset + f.index + f[0].length - f.groups!.value!.length;
      // Values come from the text as written (same positions: the conversion is character for character).
      const written = text.slice(start, start + f.groups!.value!.length).trim();
      // 来源:某网 http://…: the link after a value is the page's address, not the value's.
      const link = field === 'url' ? undefined : LINK_AFTER.exec(written)?.[0].trim();
      if (link) out.url ??= link;
      const value = link ? written.replace(LINK_AFTER, '') : written;
      if (!value) continue;
      if (field === 'author') out.authors.push(value);
      else if (field === 'editor')
        out.editors.push(`${text.slice(offset + f.index, offset + f.index + f.groups!.label!.length)}：${value}`);
      // 发布:2009-10-18 18:29:54: a timestamp after a publisher's label says when, not who.
      else if (field === 'publication' && TIMESTAMP.test(value) && value.replace(TIMESTAMP, '').trim() === '')
        out.published ??= parseFullDate(value)?.iso;
      else if (field === 'publication') out.publication ??= value;
      else if (field === 'url') out.url ??= /^https?:\/\//u.test(value) ? value : undefined;
      else if (field === 'title') out.title ??= value;
      else if (field === 'originalTitle') out.originalTitle ??= value;
      else if (field === 'published') out.published ??= parseFullDate(value)?.iso;
    }
    const stamp = TIMESTAMP.exec(inner);
    if (stamp) out.published ??= parseFullDate(stamp[0])?.iso;
    return out;
  }
  const cms = CMS_BYLINE.exec(text.trim());
  if (cms?.[0] === text.trim()) {
    out.published = parseFullDate(TIMESTAMP.exec(cms[0])![0])?.iso;
    return out;
  }
  const stamp = TIMESTAMP.exec(text);
  if (
    stamp &&
    [...text].length <= TIMESTAMP_LINE_MAX &&
    !/[，,。！？；;]/u.test(text) &&
    !DATED_TITLE.test(text.trim())
  ) {
    out.published = parseFullDate(stamp[0])?.iso;
    return out;
  }
  // 發表日期(109/12/03): a date field in brackets instead of after a colon, maybe in the Minguo calendar (read as no
  // date, as metadata all the same).
  const bracketedDate = BRACKETED_DATE.exec(simplified.trim());
  if (bracketedDate) return { ...out, published: parseFullDate(bracketedDate.groups!.date!)?.iso };
  // Without a year the stamp dates nothing, but it is metadata all the same.
  const trimmed = simplified.trim();
  return [YEARLESS_STAMP, POSTER_STAMP, POSTER_DAY].some((form) => form.test(trimmed)) ? out : undefined;
}

/** 在线必亡 发表于 2021-2-24 09:00 | 显示全部楼层: a forum post's header, a posting verb before the date. */
const POST_HEADER = new RegExp(`(?:${anyOfWords(FORUM_POST_VERBS)})\\s*(?<stamp>${TIMESTAMP.source})`, 'u');
/** A post's header is a short line with no sentence in it. */
const POST_HEADER_MAX = 80;

/**
 * A forum post's header (右江日报 未绑定微信 发表于 2021-8-17 09:39:27 | 显示全部楼层 来自: 广西桂林): the poster, the
 * posting verb and the date, whatever the forum adds around them. Its date, or undefined when the line is none.
 */
export function readPostHeader(simplified: string): ProvenanceLine | undefined {
  const header = POST_HEADER.exec(simplified);
  if (!header || [...simplified].length > POST_HEADER_MAX || /[。！？]/u.test(simplified)) return undefined;
  return { editors: [], authors: [], published: parseFullDate(header.groups!.stamp!)?.iso };
}

/** A label and its separator closing a line, with no value after it (来源:, 责编：). */
const LABEL_CLOSING = new RegExp(`(?:^|[\\s|｜])(?:${escaped})${SEPARATOR}\\s*$`, 'u');
/** A list's bullet before a field (• 發布日期). */
const FIELD_BULLET = /^\s*[•·●▪-]?\s*/u;
/** A label alone on its line, maybe after a list's bullet. */
const LABEL_ALONE = new RegExp(`${FIELD_BULLET.source}(?<label>${escaped})\\s*$`, 'u');
/**
 * A value alone on its line: a row of names (何雪峰 李伟 喻寒松), or a short name or date — never a clause, nor a
 * label or a button of its own (对比度:, A+A-, [).
 */
const VALUE_ALONE = /^(?:[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*|[\p{L}\p{N}·./-]{1,12})$/u;

/**
 * 责编: / 何雪峰 李伟 喻寒松 夏朝阳, 来源: / 张梦雅: a metadata line closing with a label whose value the page put on
 * the next line. What the next line says under that label, or undefined when it is no such value. `above` and
 * `text` are as written, `aboveSimplified` and `simplified` converted character for character.
 */
export function readValueBelowLabel(
  [above, aboveSimplified]: readonly [string, string],
  [text, simplified]: readonly [string, string],
): ProvenanceLine | undefined {
  if (!VALUE_ALONE.test(simplified.trim())) return undefined;
  // • 發布日期 / 111/10/05: a list of fields may set the label alone on its line, with no colon.
  const bare = LABEL_ALONE.exec(plainSlashes(aboveSimplified));
  if (bare) {
    const written = above.replace(FIELD_BULLET, '').trim();
    return readProvenanceLine(`${written}：${text.trim()}`, `${bare.groups!.label!}：${simplified.trim()}`);
  }
  const label = LABEL_CLOSING.exec(plainSlashes(aboveSimplified));
  if (!label || !readProvenanceLine(above, aboveSimplified)) return undefined;
  const start = label.index + (/^[\s|｜]/u.test(label[0]) ? 1 : 0);
  const written = above.slice(start).trimEnd();
  return readProvenanceLine(`${written}${text}`, `${aboveSimplified.slice(start).trimEnd()}${simplified}`);
}

const PUBLISHED_STAMP = new RegExp(
  `(?:${anyOfWords(PROVENANCE_LABELS.published)})\\s*[:：]\\s*${TIMESTAMP.source}`,
  'u',
);
/** 2022-04-24 17:28:16: a stamp with its time of day, which no headline or sentence writes. */
const CLOCK_STAMP = new RegExp(`${DATE}${TIME_OF_DAY}`, 'u');

/**
 * 青山乡:强化路口管控 筑牢防线时间:2020-02-14 发挥组织模范作用。…: a site builder's page can put the headline, the
 * date stamp and the body on one line; “漁家仙子”為一線防疫人員送點心 2022-04-24 17:28:16 來源:今日象山, the headline
 * and the metadata line. Such a line is split at the stamp (the part before it headline-sized and no clause, the part
 * after it prose, or the stamp and what follows a metadata line), so that each part is read as the line it stands
 * for. Other lines stay whole.
 */
export function splitAtStamp(text: string, simplified: string): string[] {
  const labelled = PUBLISHED_STAMP.exec(simplified);
  const stamp = labelled ?? CLOCK_STAMP.exec(simplified);
  // A forum post's poster and the date after the posting verb are one header.
  if (!stamp?.index || readPostHeader(simplified)) return [text];
  const end = stamp.index + stamp[0].length;
  const parts = [text.slice(0, stamp.index), text.slice(stamp.index, end), text.slice(end)].map((p) => p.trim());
  const [before, , after] = parts as [string, string, string];
  // A clause or a word before the stamp (通知称，报名时间：…, 报名时间：…) makes the line a sentence that mentions a date.
  const headline =
    countHan(before) >= STAMP_HEADLINE_MIN_HAN &&
    [...before].length <= STAMP_HEADLINE_MAX &&
    !/[，,；;。！？!?]/u.test(before);
  if (!headline) return [text];
  if (/[。！？!?]/u.test(after)) return parts;
  const metadata = text.slice(stamp.index).trim();
  // A short line holding a date reads as metadata whole; a headline glued to a labelled stamp, no space between
  // (…醫療服務發佈日期:2023/02/05), is a part all the same — a site's name spaced from it (青山網 時間:…) is not.
  const headlineBefore = labelled && !/[:：]/u.test(before) && /\p{Script=Han}/u.test(text[stamp.index - 1]!);
  const split =
    (headlineBefore || !readProvenanceLine(text, simplified)) &&
    readProvenanceLine(metadata, simplified.slice(stamp.index).trim());
  return split ? [before, metadata] : [text];
}

/** 【夹江】2020-2-25发表: …: a post's stamp opening a line, maybe after a tag, up to its colon. */
const POST_STAMP = new RegExp(
  `^(?:[【[][^【】[\\]]{1,16}[】\\]]\\s*)?${TIMESTAMP.source}\\s*(?:${anyOfWords(STAMP_POST_VERBS)})\\s*[:：]\\s*(?=\\S)`,
  'u',
);

/** 【夹江】2020-2-25发表: 标题 正文…: a post's stamp opening a line is a part of its own. */
export function splitAtPostStamp(text: string, simplified: string): string[] {
  const stamp = POST_STAMP.exec(simplified);
  return stamp ? [text.slice(0, stamp[0].length).trim(), text.slice(stamp[0].length).trim()] : [text];
}

/** 本文转自:德州新闻网 (李慧敏)6月13日,…: a labelled field opening a line, its value running to the first space. */
const OPENING_FIELD = new RegExp(`^(?:${escaped})${SEPARATOR}\\s*[^\\s。，！？；,;!?]{1,${VALUE_MAX}}(?=\\s)`, 'u');

/**
 * 本文转自:德州新闻网 (李慧敏李煜群)6月13日,在…: a metadata field the page set before the lead on its line, a space
 * between. The line is split after the field's value when that reads as a metadata line and the rest as prose.
 */
export function splitAtOpeningField(text: string, simplified: string): string[] {
  const field = OPENING_FIELD.exec(plainSlashes(simplified));
  if (!field || readProvenanceLine(text, simplified)) return [text];
  const [head, rest] = [text.slice(0, field[0].length), text.slice(field[0].length).trim()];
  return /[。！？!?]/u.test(rest) && readProvenanceLine(head, field[0]) ? [head, rest] : [text];
}

/**
 * 全面防疫 某鎮公所消毒。Posted on2020-02-26…Autor… 【某某新聞】 新型…: a blog page pasted as one line, its headline,
 * Latin byline and body run together. The line is split around the byline, which is read as a metadata line.
 */
export function splitAtCmsByline(text: string): string[] {
  const byline = CMS_BYLINE.exec(text);
  if (!byline) return [text];
  const end = byline.index + byline[0].length;
  return [text.slice(0, byline.index), byline[0], text.slice(end)].map((p) => p.trim()).filter(Boolean);
}

/** Gathers what the metadata lines said, the first value of each field winning. */
export function mergeProvenance(read: readonly ProvenanceLine[]): Provenance {
  const provenance: Provenance = { editors: [] };
  const authors: string[] = [];
  for (const r of read) {
    authors.push(...r.authors);
    provenance.editors.push(...r.editors);
    provenance.publication ??= r.publication;
    provenance.url ??= r.url;
    provenance.published ??= r.published;
    provenance.title ??= r.title;
    provenance.originalTitle ??= r.originalTitle;
  }
  if (authors.length) provenance.byline = [...new Set(authors)].join('、');
  return provenance;
}
