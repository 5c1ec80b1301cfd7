import {
  DATELINE,
  EDITORIAL_DESKS,
  FURNITURE_NOTICES,
  FURNITURE_PHRASES,
  OFFICE_ENDINGS,
  PERSON_ROLE_ENDINGS,
  PHOTOGRAPHER_ENDINGS,
  PROVENANCE_LABELS,
  REPORT_KINDS,
  REPORTER_DESKS,
  ROLE_QUALIFIERS,
  SITE_NAME_ENDINGS,
} from '../../config/pageFurniture.ts';
import { plainSlashes, readProvenanceLine, type ProvenanceLine } from './extractProvenance.ts';
import type { RemovalCode } from '../../i18n/messages/message.ts';
import type { Removal, SourceLine } from './types.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';
import { countHan } from './textMeasures.ts';

const AUTHOR = anyOfWords(PROVENANCE_LABELS.author);
/**
 * A byline in brackets closing the article: (李靜), (撰稿人:駱荷婷), （通讯员 张三 王五）. Only after the end of a
 * sentence, so that a closing （试行） in a document title is never taken for a name.
 */
const TRAILING_BYLINE = new RegExp(
  `(?<=^|[。！？!?”」])\\s*[(（](?:(?:${AUTHOR})\\s*[:：]?\\s*)?(?<names>[\\p{Script=Han}·]{2,4}(?:[\\s、，,][\\p{Script=Han}·]{2,4})*)[)）]\\s*$`,
  'du',
);

/** Role words of two or more characters: a lone 文 would read 文明实践 as a byline. */
const ROLE = anyOfWords(PROVENANCE_LABELS.author.filter((l) => [...l].length >= 2));
/** A role word, maybe qualified (特约记者). */
const QUALIFIED_ROLE = `(?:${anyOfWords(ROLE_QUALIFIERS)})?(?:${ROLE})`;
/** 济南报道: the place a report was filed from, after the names and a space, closing the line. */
const FILED_FROM = '\\p{Script=Han}{2,6}(?:报导|报道)[)）〕】\\]]?$';
/** A name, maybe of two characters padded with a space to the width of three (吕 炜). */
const NAME = '(?:[\\p{Script=Han}·]{2,4}|\\p{Script=Han}[ \\u3000]\\p{Script=Han}(?!\\p{Script=Han}))';
const NAMES = `${NAME}(?:[\\s、，,]${NAME})*?`;
const ROLE_NAMES = new RegExp(
  `(?:${ROLE})\\s*[:：]?\\s*(?<names>${NAMES})(?=\\s*(?:${QUALIFIED_ROLE}|[/)）〕】\\]。]|报导|报道|$)|\\s+${FILED_FROM})`,
  'gdu',
);
/**
 * 本报记者, 新华社记者, 青山融媒体中心记者, 内江日报全媒体记者, 西海全媒体记者, 德州新闻网讯 记者: the publication (and
 * desk, or the 讯 of its dateline) a role word may follow; a paper's short name needs its desk.
 */
const PUBLICATION =
  `(?:[\\p{Script=Han}A-Za-z·]{1,12}?(?:${anyOfWords([...DATELINE.sourceEndings, ...SITE_NAME_ENDINGS])})(?:${anyOfWords([...REPORTER_DESKS, ...DATELINE.afterSource])})?` +
  `|\\p{Script=Han}{2,6}?(?:${anyOfWords(REPORTER_DESKS)}))`;
/** 记者 景静 文/图, 通讯员陆仕臣 袁赵园 文/摄: the reporters wrote the text and took the photos. */
const WROTE_AND_SHOT = '(?:文/图|图/文|文/摄|摄/文)';
/** 据海南日报客户端丨, 北京日报客户端 |: the source a byline's line may open with, up to a bar. */
const SOURCE_BEFORE_BAR = '(?:据)?[^\\s丨|｜]{1,16}\\s*[丨|｜]';
/**
 * 王源 本报记者 张婷: a contributor's name, no role word, may open a byline before the first role word — not a
 * dateline's source (本报讯, 青山网讯).
 */
const NAMES_BEFORE_ROLE = `(?<lead>(?!\\S*(?:${ROLE}))(?!\\S*(?:${anyOfWords(DATELINE.afterSource)})\\s)${NAME})\\s+(?=\\S*(?:${ROLE}))`;
/** 南部最大聲   記者…: a site's slogan, set apart from the byline by two spaces or more. */
const SLOGAN_BEFORE = '\\p{Script=Han}{2,10}[ \\u3000]{2,}';
/**
 * A line of role words (maybe qualified: 特约记者) and names only, without brackets or with any kind: 记者孙喜增
 * 通讯员关阳, 〔記者林進賢/新竹報導〕, 【記者 朱達志/台東 報導】, 記者: 李金鎗/金寧報導。 (the place the report was filed
 * from may stand between a slash and 报导, or be left out: 記者程棟樑/報導), 本报记者 史治国 通讯员 张颖颖, 台灣即新聞
 * 記者 楊金明/吉安報導, 据某某客户端丨记者张三, 大众网·海报新闻记者 王雅雯 通讯员 郭翠萍 济南报道, 【記者葉晉廷報導】.
 * A name closing with the photographer's 摄 makes it a photo caption (…茂名晚报记者吴昊摄), but not 文/摄 (wrote and
 * shot). A contributor's name may open it (NAMES_BEFORE_ROLE), and so may a source before a bar or a site's slogan
 * (SLOGAN_BEFORE).
 */
const ROLES_LINE = new RegExp(
  `^(?:${SLOGAN_BEFORE})?[(（〔【\\[]?\\s*(?:${NAMES_BEFORE_ROLE})?(?:${SOURCE_BEFORE_BAR}\\s*)?(?:${PUBLICATION}\\s*)?(?:${QUALIFIED_ROLE}\\s*[:：]?\\s*${NAMES}\\s*)+(?:/\\s*\\p{Script=Han}{0,6}\\s*(?:报导|报道)|报导|报道|\\s+${FILED_FROM}|\\s+${WROTE_AND_SHOT})?\\s*[)）〕】\\]]?。?$(?<!(?<!文/)(?:${anyOfWords(PHOTOGRAPHER_ENDINGS)}))`,
  'du',
);

/**
 * 桃竹苗特派員 何高祿∕報導, 地方中心記者 林進賢/新竹報導: a region or a desk of a few characters before the role word,
 * in a line closing with the slash and 报导 of a filed report (which no headline closes with).
 */
const REGION_ROLE_LINE = new RegExp(
  `^[(（〔【\\[]?\\s*\\p{Script=Han}{1,4}(?:${ROLE})\\s*[:：]?\\s*${NAMES}\\s*/\\s*\\p{Script=Han}{0,6}\\s*(?:报导|报道)\\s*[)）〕】\\]]?$`,
  'u',
);

/**
 * 【采访人员】周甫琦, 【南方日报记者】魏英: a label in brackets naming a person's role (a role word, or a word for a
 * person closing it) and names only after it.
 */
const LABELLED_NAMES = new RegExp(
  `^[【\\[]\\s*\\p{Script=Han}{0,8}?(?:${ROLE}|${anyOfWords(PERSON_ROLE_ENDINGS)})\\s*[】\\]]\\s*(?<names>${NAMES})\\s*$`,
  'du',
);

/** 林楚為 綜合報導 / 嘉義縣: names, the kind of report and maybe the place it was filed from. */
const NAMES_REPORT = new RegExp(
  `^(?<names>${NAMES})\\s*(?:${anyOfWords(REPORT_KINDS)})(?:\\s*/\\s*\\p{Script=Han}{1,6})?$`,
  'du',
);

/**
 * 山陽縣委宣傳部 徐世旺: the office that sent the report (OFFICE_ENDINGS) and its writers' names after a space — names
 * of two or three characters, as a person's are (a headline after an office's name says what it did).
 */
const OFFICE_AND_NAMES = new RegExp(
  `^\\p{Script=Han}{2,16}?(?:${anyOfWords(OFFICE_ENDINGS)})[ \\u3000]+(?<names>\\p{Script=Han}{2,3}(?:[ \\u3000、]\\p{Script=Han}{2,3})*)$`,
  'du',
);

/** 劉偉平 文/圖: names alone before the mark that they wrote the text and took the photos. */
const NAMES_WROTE_AND_SHOT = new RegExp(`^(?<names>${NAMES})\\s+${WROTE_AND_SHOT}$`, 'du');

/**
 * 報新聞/編輯部, 【北台灣新聞中心】: a publication and its desk after a slash, or a desk alone in brackets, signing the
 * report.
 */
const DESK_BYLINE = new RegExp(
  `^(?:${PUBLICATION}\\s*/\\s*(?:${anyOfWords(EDITORIAL_DESKS)})|[【[]\\s*\\p{Script=Han}{0,8}(?:${anyOfWords(EDITORIAL_DESKS)})\\s*[】\\]])$`,
  'u',
);

/**
 * A line that is only a byline, （通讯员 刘明 陈芳） or 记者孙喜增 通讯员关阳: the names as written (、 between the
 * names of several roles), or undefined.
 */
export function readBylineLine(text: string, simplified: string): string | undefined {
  const plain = plainSlashes(simplified);
  // Role words first, so that a second role (（记者 王五 通讯员 李四）) is never read as a name.
  const roles = ROLES_LINE.exec(plain) ?? REGION_ROLE_LINE.exec(plain);
  if (roles) {
    // Positions are the same in both scripts: the names are taken as written.
    const lead = roles.indices?.groups?.lead;
    const named = [...plain.matchAll(ROLE_NAMES)].map((m) => text.slice(...m.indices!.groups!.names!).trim());
    return [...(lead ? [text.slice(...lead).trim()] : []), ...named].join('、');
  }
  const labelled =
    LABELLED_NAMES.exec(plain) ??
    NAMES_REPORT.exec(plain) ??
    NAMES_WROTE_AND_SHOT.exec(plain) ??
    OFFICE_AND_NAMES.exec(plain.trim());
  if (labelled) return text.slice(...labelled.indices!.groups!.names!).trim();
  if (DESK_BYLINE.test(plain.trim())) return text.trim().replace(/^[【[]\s*|\s*[】\]]$/gu, '');
  const match = TRAILING_BYLINE.exec(plain);
  if (!match || match.index !== 0) return undefined;
  const [from, to] = match.indices!.groups!.names!;
  return text.slice(from, to).trim();
}

/**
 * 【記者葉晉廷報導】, 記者李喬智/嘉義報導: a reporter's byline inside a line, in brackets or set apart by spaces — where a
 * page ran its headline, the byline and the body together.
 */
const INLINE_BYLINE = new RegExp(
  `[【(（〔]\\s*(?:${ROLE})[^【】()（）〔〕]{1,16}?(?:报导|报道)\\s*[】)）〕]` +
    `|(?<=\\s)(?:${ROLE})\\s*${NAMES}\\s*/\\s*\\p{Script=Han}{0,6}(?:报导|报道)(?=\\s)`,
  'u',
);
/** A headline before an inline byline is this long at least, in Han characters. */
const INLINE_HEADLINE_MIN_HAN = 6;

/**
 * 動支市長二備金 沙鹿區道路改善工程區長完工視察 【記者葉晉廷報導】沙鹿區公所…: a line holding a headline, a byline and the
 * body, cut at the byline — only when what stands before it is no sentence and what follows is prose.
 */
export function splitAtInlineByline(text: string, simplified: string): string[] {
  const byline = INLINE_BYLINE.exec(plainSlashes(simplified));
  if (!byline?.index) return [text];
  const end = byline.index + byline[0].length;
  const [before, after] = [text.slice(0, byline.index).trim(), text.slice(end).trim()];
  const headline = countHan(before) >= INLINE_HEADLINE_MIN_HAN && !/[，,；;。！？!?]/u.test(before);
  if (!headline || !/[。！？!?]/u.test(after)) return [text];
  return [before, text.slice(byline.index, end).trim(), after];
}

const SOURCE_NAME = '[\\p{Script=Han}A-Za-z·]';
const DATELINE_AT_START = new RegExp(
  `^[【(（[]?\\s*(?:${SOURCE_NAME}{0,16}?(?:${anyOfWords(DATELINE.sourceEndings)})(?:${anyOfWords(DATELINE.afterSource)})` +
    `|${SOURCE_NAME}{0,20}?\\d{1,2}月\\d{1,2}日(?:${anyOfWords(DATELINE.afterDate)}))` +
    // 电 of 电视 is no dateline: a dateline ends at a space, a bracket, a colon, a comma, a date or the line's end.
    `(?=[\\s(（【[)）】\\]:：，,\\d]|$)[】)）\\]]?` +
    `(?<byline>\\s*[(（][^()（）]*(?:${ROLE})[^()（）]*[)）])?\\s*[:：，,]?\\s*`,
  'du',
);

/**
 * The news dateline opening a line (本报讯（记者 张三）, 新华社北京2月1日电, 青山客户端1月7日消息), with the bracketed
 * byline that may follow it: its length and the names it gives, or undefined when the line opens with none.
 */
export function readDateline(text: string, simplified: string): { length: number; authors: string[] } | undefined {
  const match = DATELINE_AT_START.exec(simplified);
  if (!match) return undefined;
  const [from, to] = match.indices!.groups!.byline ?? [0, 0];
  const byline = from < to ? readBylineLine(text.slice(from, to).trim(), simplified.slice(from, to).trim()) : undefined;
  return { length: match[0].length, authors: byline ? [byline] : [] };
}

/** …用品。(编辑:方沛清)1090411: a bracketed metadata field closing the text, maybe with a serial number after it. */
const TRAILING_FIELDS = /(?<=[。！？!?”」])\s*[(（][^()（）]{1,40}[)）]\s*\d*\s*$/u;

/** …趋稳趋优。（德清县发改局）: the office that wrote it, in brackets closing the text. */
const TRAILING_OFFICE = new RegExp(
  `(?<=[。！？!?”」])\\s*[(（](?<office>\\p{Script=Han}{2,16}?(?:${anyOfWords(OFFICE_ENDINGS)}))[)）]\\s*$`,
  'du',
);

/** …的一线人员。本文来自:孝感日报 免责声明: a source or copyright footer the page glued to the last sentence. */
const GLUED_FOOTER = /(?<=[。！？!?”」])\s*[^。！？!?]{2,40}$/u;
const FOOTER_PHRASES = [FURNITURE_PHRASES['removed.siteFooter'] ?? [], ...Object.values(FURNITURE_NOTICES)].flat();

/**
 * Cuts a trailing byline or bracketed metadata field from the last line (after page furniture has gone), returning
 * what it said as a metadata line does. `toSimplified` converts character for character (the labels are Simplified).
 */
export function extractTrailingByline<T extends SourceLine>(
  lines: readonly T[],
  toSimplified: (text: string) => string,
): {
  read?: ProvenanceLine;
  lines: T[];
  removed: Removal[];
} {
  const last = lines.at(-1);
  if (!last) return { lines: [], removed: [] };
  const simplified = plainSlashes(toSimplified(last.text));
  const cut = (at: number, read: ProvenanceLine, reason: RemovalCode) => {
    const text = last.text.slice(0, at).trimEnd();
    return {
      read,
      lines: text ? [...lines.slice(0, -1), { ...last, text }] : lines.slice(0, -1),
      removed: [{ line: last.line, text: last.text.slice(at).trim(), reason }],
    };
  };
  const fieldsMatch = TRAILING_FIELDS.exec(simplified);
  const fields = fieldsMatch && readProvenanceLine(last.text.slice(fieldsMatch.index), fieldsMatch[0]);
  if (fieldsMatch && fields) return cut(fieldsMatch.index, fields, 'removed.provenanceLine');
  const glued = GLUED_FOOTER.exec(simplified);
  if (glued) {
    // The footer's words go first (免责声明): what remains must read as metadata fields (本文来自:孝感日报).
    const bare = FOOTER_PHRASES.reduce((t, phrase) => t.replaceAll(phrase, ' '), glued[0]);
    const footer = bare.trim() ? readProvenanceLine(bare, bare) : undefined;
    if (footer && bare !== glued[0])
      return cut(glued.index, { ...footer, authors: [], editors: [] }, 'removed.gluedFooter');
  }
  // Positions are the same in both scripts: the names are taken as written.
  const match = TRAILING_BYLINE.exec(simplified);
  if (match) {
    const names = last.text.slice(...match.indices!.groups!.names!).trim();
    return cut(match.index, { authors: [names], editors: [] }, 'removed.trailingByline');
  }
  const office = TRAILING_OFFICE.exec(simplified);
  if (!office) return { lines: [...lines], removed: [] };
  const publication = last.text.slice(...office.indices!.groups!.office!);
  return cut(office.index, { publication, authors: [], editors: [] }, 'removed.trailingByline');
}
