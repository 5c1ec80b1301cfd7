/** Each line's role on the page: text, furniture, metadata (provenance) or a copy of another line. */
import { BYLINE_BULLETS, CATALOGUE_LABELS, SITE_NAME_ENDINGS } from '../../config/pageFurniture.ts';
import {
  isFieldPairRow,
  isFormRow,
  readPostHeader,
  readProvenanceLine,
  readValueBelowLabel,
  UNCOLONED_SOURCE,
  type ProvenanceLine,
} from './extractProvenance.ts';
import { readBylineLine, readDateline } from './extractTrailingByline.ts';
import { foldText } from './foldText.ts';
import { COPYRIGHT, furnitureReason, isDateBar } from './furnitureLines.ts';
import { namesLaterLine, opensWithSiteName, pageTitleArticle } from './chooseHeadline.ts';
import { SENTENCE_CLOSE } from './textMeasures.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';
import type { RemovalCode } from '../../i18n/messages/message.ts';
import type { SourceLine } from './types.ts';

/** A repeated line this short can be a legitimate repetition (a heading); longer ones are copies. */
const REPEAT_MIN = 8;
/** The start of a later paragraph this long, standing above it, is a summary (a teaser), not a paragraph. */
const TEASER_MIN = 20;

/** What a line is on the page: the body is cut out by these roles, and the headline chosen among the text lines. */
export type Role =
  | { kind: 'text' }
  | { kind: 'furniture'; reason: RemovalCode }
  | { kind: 'provenance'; read: ProvenanceLine }
  | { kind: 'repeat' };

/**
 * 族群: 泰雅族, 主題: 社會關懷、災害防救, 地點: 新竹縣 五峰鄉: a short label and short terms as its value (a headline
 * after a town and a colon runs longer). Two or more such lines in a row, with no prose, are a page's tag block:
 * metadata, whatever the labels.
 */
const TAG_LINE = /^\p{Script=Han}{1,4}\s*[:：]\s*[\p{Script=Han}·]{1,6}(?:[\s、]+[\p{Script=Han}·]{1,6})*$/u;
const TAG_LINE_MAX = 30;

/** 发布机构：某镇人民政府, 关 键 词：食品安全: a cell of a metadata table, a short label (spaced or not) and its value. */
const LABELLED_CELL = /^\p{Script=Han}(?:\s?\p{Script=Han}){1,4}\s*[:：]\s*\S/u;

/**
 * | 发布机构：某镇人民政府 | 关 键 词：校园,食品安全 |: a table row of two or more cells, each a label and its value, is the
 * page's metadata table, whatever the labels.
 */
function isLabelledRow(simplified: string): boolean {
  const cells = simplified
    .split(/[|｜]/u)
    .map((cell) => cell.trim())
    .filter(Boolean);
  return cells.length >= 2 && cells.every((cell) => LABELLED_CELL.test(cell));
}

/** Labels as an alternation, longest first, each written with `between` its characters (' ?': maybe spaced out). */
const alternation = (labels: readonly string[], between: string) =>
  [...labels]
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].map(escapeRegExp).join(between))
    .join('|');
/** A catalogue label, maybe spaced out to a table column's width (索 引 号, 分 类). */
const CATALOGUE_LABEL = alternation(CATALOGUE_LABELS, ' ?');
/** 索引号: …, 名称: …: a field of a disclosure page's catalogue, opening the line or after a space. */
const CATALOGUE_FIELD = new RegExp(`(?<=^|\\s)(?:${CATALOGUE_LABEL})\\s*[:：]`, 'gu');
/** 发布机构 徐圩新区 发文日期 2024-02-20: a field whose label only a space follows. */
const BARE_CATALOGUE_FIELD = new RegExp(`(?<=^|\\s)(?:${CATALOGUE_LABEL})\\s`, 'gu');
/** 公开主体 长铺子乡人民政府, 公开层级1 县级: a line opening with a catalogue label, maybe numbered, and a space. */
const CATALOGUE_FIELD_OPENING = new RegExp(`^(?:${CATALOGUE_LABEL})\\d?\\s*[:：\\s]`, 'u');
/** 时 效 有效: a label spaced out, opening the line: only a table sets a word out so (one character cannot be). */
const SPACED_CATALOGUE_LABEL = new RegExp(
  `^(?:${alternation(
    CATALOGUE_LABELS.filter((label) => [...label].length >= 2),
    ' ',
  )})\\s`,
  'u',
);

/**
 * 索引号: 001234567/2020-00064 组配分类: 危房改造, 名称: 青山镇…补助标准 文号:: a row of a disclosure page's catalogue
 * written without borders, two or more of its fields with spaces between, the first opening the line — or without
 * colons (发布机构 徐圩新区 发文日期 2024-02-20), or opening with a label spaced out (索 引 号 …, 时 效 有效).
 */
function isCatalogueRow(simplified: string): boolean {
  const row = simplified.trim();
  const opensRow = (field: RegExp) => {
    const fields = [...row.matchAll(field)];
    return fields.length >= 2 && fields[0]!.index === 0;
  };
  return opensRow(CATALOGUE_FIELD) || opensRow(BARE_CATALOGUE_FIELD) || SPACED_CATALOGUE_LABEL.test(row);
}

/** 崧镇政〔2015〕56号: a notice's document number on a line of its own, metadata above its title. */
const DOCUMENT_NUMBER_LINE = /^\p{Script=Han}{1,12}\s*[〔［[(（]\d{4}[〕］\])）]\s*第?\d+\s*[号號]$/u;

/** A menu's item on a line of its own: a few characters, no punctuation, no space. */
const MENU_LINE = /^[\p{Script=Han}A-Za-z\d]{3,6}$/u;
/** So many items in a row, sharing their opening, make a menu. */
const MENU_RUN_MIN = 4;
/** The opening a menu's items share (the site's place name): this many characters. */
const MENU_SHARED = 2;

/**
 * 资阳交通 / 资阳医院 / 资阳美食 / 资阳新闻: a site's menu written an item a line, MENU_RUN_MIN short lines or more in a
 * row opening with the same characters (the site's place name). The indices of their lines.
 */
function menuRuns(texts: readonly string[]): Set<number> {
  const items = new Set<number>();
  let start = 0;
  for (let i = 0; i <= texts.length; i++) {
    const opening = (j: number) => (MENU_LINE.test(texts[j] ?? '') ? texts[j]!.slice(0, MENU_SHARED) : undefined);
    if (i < texts.length && opening(i) !== undefined && opening(i) === opening(start)) continue;
    if (i - start >= MENU_RUN_MIN) for (let j = start; j < i; j++) items.add(j);
    start = i;
  }
  return items;
}

/**
 * The rows of a record's form: each line isFormRow shows, and the lines of label–value pairs (isFieldPairRow) in an
 * unbroken run with one.
 */
function formRowsAround(simplified: readonly string[]): Set<number> {
  const rows = new Set<number>();
  simplified.forEach((text, i) => {
    if (!isFormRow(text)) return;
    rows.add(i);
    for (const step of [-1, 1])
      for (let j = i + step; j >= 0 && j < simplified.length && isFieldPairRow(simplified[j]!); j += step) rows.add(j);
  });
  return rows;
}

/** 中国·象山 11月25日: a place and a day alone on a line, the dateline a paper sets over its story. */
const PLACE_AND_DAY = /^\p{Script=Han}{2,6}(?:·\p{Script=Han}{2,6})?\s*\d{1,2}月\d{1,2}日$/u;

const BYLINE_BULLET = new RegExp(`^[${BYLINE_BULLETS.join('')}]\\s*`, 'u');

/**
 * Each line's role, in order: a watermark, a metadata line (date, source, byline, dateline), furniture, a page title
 * or a cut teaser over the text it repeats, a copy of an earlier line or a summary that a later paragraph starts with;
 * else text.
 */
export function classify(
  lines: readonly SourceLine[],
  toSimplified: (text: string) => string,
  watermarks: ReadonlySet<string>,
): Role[] {
  const seen: string[] = [];
  const all = lines.map((l) => foldText(l.text));
  // Each line converted once: the checks below all read the Simplified text.
  const allSimplified = lines.map((l) => toSimplified(l.text));
  const tagged = lines.map((l, i) => [...l.text].length <= TAG_LINE_MAX && TAG_LINE.test(allSimplified[i]!));
  // 所属领域 安全生产 / 公开主体 长铺子乡人民政府: a catalogue written one field a line, each opening with its label.
  const catalogueField = allSimplified.map((text) => CATALOGUE_FIELD_OPENING.test(text.trim()));
  const formRows = formRowsAround(allSimplified);
  const menu = menuRuns(lines.map((l) => l.text));
  const footers = allSimplified.filter((simplified) => FOOTER_REASONS.has(furnitureReason(simplified) ?? ''));
  return lines.map(({ text }, i) => {
    if (watermarks.has(text)) return { kind: 'furniture', reason: 'removed.watermark' };
    const simplified = allSimplified[i]!;
    if (isDateBar(simplified)) return { kind: 'furniture', reason: 'removed.dateBar' };
    const read = readProvenanceLine(text, simplified) ?? readPostHeader(simplified);
    if (read) return { kind: 'provenance', read };
    const above = lines[i - 1]?.text;
    const value = above && readValueBelowLabel([above, allSimplified[i - 1]!], [text, simplified]);
    if (value) return { kind: 'provenance', read: value };
    // …and the label itself, when it stands alone (• 發布單位 / 關山分局第四組): the value below is read with it.
    const below = lines[i + 1]?.text;
    if (below && readValueBelowLabel([text, simplified], [below, allSimplified[i + 1]!]))
      return { kind: 'provenance', read: { editors: [], authors: [] } };
    // 来源今日聚蛟: a source's name after its label with no colon.
    const source = UNCOLONED_SOURCE.exec(simplified)?.groups?.label;
    if (source)
      return { kind: 'provenance', read: { editors: [], authors: [], publication: text.slice(source.length) } };
    const furniture = furnitureReason(simplified);
    if (furniture) return { kind: 'furniture', reason: furniture };
    if (menu.has(i)) return { kind: 'furniture', reason: 'removed.menu' };
    if (isSiteBanner(simplified, footers)) return { kind: 'furniture', reason: 'removed.standingReminder' };
    if (i > 0 && namesSourceAboveDate(text, lines[i - 1]!.text, lines[i + 1]?.text))
      return { kind: 'provenance', read: { editors: [], authors: [], publication: text } };
    if (isUnlabelledByline(text, i, lines, all)) return { kind: 'provenance', read: { editors: [], authors: [text] } };
    const bullet = BYLINE_BULLET.exec(text)?.[0].length ?? 0;
    const byline = readBylineLine(text.slice(bullet), simplified.slice(bullet));
    if (byline) return { kind: 'provenance', read: { editors: [], authors: [byline] } };
    const dateline = readDateline(text, simplified);
    if (dateline?.length === simplified.length) return { kind: 'provenance', read: { editors: [], ...dateline } };
    if (PLACE_AND_DAY.test(simplified.trim())) return { kind: 'provenance', read: { editors: [], authors: [] } };
    if (
      (tagged[i] && (tagged[i - 1] || tagged[i + 1])) ||
      (catalogueField[i] && (catalogueField[i - 1] || catalogueField[i + 1])) ||
      isLabelledRow(simplified) ||
      isCatalogueRow(simplified) ||
      DOCUMENT_NUMBER_LINE.test(simplified.trim()) ||
      formRows.has(i)
    )
      return { kind: 'provenance', read: { editors: [], authors: [] } };
    const folded = all[i]!;
    if (isColumnAndTitle(text, i, all)) return { kind: 'repeat' };
    // A page title (标题 - 公益 - 中工网) over the headline it names, maybe cut short: the title is the copy, the
    // headline is text.
    if (namesLaterLine(pageTitleArticle(text, i, all, toSimplified), all.slice(i + 1))) return { kind: 'repeat' };
    // A teaser cut short holds whole lines of the text below: they are no copies of it.
    if (isCutTeaser(text, all.slice(i + 1))) return { kind: 'repeat' };
    // A copy of an earlier line, or of part of one (a lead repeated after the footer, cut short by the page).
    const copy = folded.length >= REPEAT_MIN && seen.some((s) => s.includes(folded));
    // A summary above the article: the start of a later paragraph cut short, maybe after an earlier line (the
    // headline). It reads as prose: a headline that a later line starts with is no summary.
    const glued = seen.find((s) => s.length >= REPEAT_MIN && folded.startsWith(s)) ?? '';
    const start = folded.slice(glued.length);
    const teaser = start.length >= TEASER_MIN && /[，,；;。]/u.test(start) && startsLaterText(start, all.slice(i + 1));
    const repeated = copy || teaser;
    // A summary is no original: the lead it was cut from, written after it, is the text (not a copy of it).
    if (repeated) return { kind: 'repeat' };
    seen.push(folded);
    return { kind: 'text' };
  });
}

/** A column's name is short: a longer head is the first half of a headline written over two lines. */
const COLUMN_NAME_MAX = 8;

/**
 * ◎鄉長園地 端午粽香情福興滿溫馨 over ◎鄉長園地 and 端午粽香情福興滿溫馨: a column's name and a headline after a space,
 * each written alone elsewhere on the page (folded: `all`), are the page's title, a copy; the headline alone is text.
 */
function isColumnAndTitle(text: string, at: number, all: readonly string[]): boolean {
  const alone = (part: string) => all.some((f, j) => j !== at && f === part);
  return [...text.matchAll(/\s+/gu)].some((space) => {
    const [head, tail] = [foldText(text.slice(0, space.index)), foldText(text.slice(space.index + space[0].length))];
    return head.length <= COLUMN_NAME_MAX && tail.length >= REPEAT_MIN && alone(head) && alone(tail);
  });
}

/** The site's own footer lines (新江南网版权所有, 与新江南网无关): they name the site the page belongs to. */
const FOOTER_REASONS = new Set<string>([COPYRIGHT, 'removed.registrationFooter', 'removed.siteFooter']);
/** A banner is a short line of phrases, no clauses. */
const BANNER_MAX = 40;
/** A site's name is this long (江南网 to 青山县融媒体中心): shorter names (本网) are words, not names. */
const SITE_NAME_MIN = 3;
const SITE_NAME_MAX = 10;

/**
 * 《新江南网》江南区域知名综合门户网站!, https://www.xjnnet.com/新江南网欢迎您!: a short line of no clauses naming the site
 * that the page's own footer names (新江南网版权所有) is the site's banner, wherever it stands; so is a line of no
 * clauses opening with a site's name and closing with a cheer (澎湖日報提供…新聞、…、夾報、印刷服務等!), however long
 * its list of what the site offers.
 */
function isSiteBanner(simplified: string, footers: readonly string[]): boolean {
  if (/[，,；;。]/u.test(simplified)) return false;
  if (opensWithSiteName(simplified.replace(/^《/u, '')) && /[!！]$/u.test(simplified)) return true;
  if (!footers.length || [...simplified].length > BANNER_MAX) return false;
  return (simplified.match(/\p{Script=Han}+/gu) ?? []).some((run) => {
    for (let from = 0; from < run.length; from++)
      for (let to = from + SITE_NAME_MIN; to <= Math.min(run.length, from + SITE_NAME_MAX); to++) {
        const name = run.slice(from, to);
        if (SITE_NAME_ENDINGS.some((e) => name.endsWith(e)) && footers.some((f) => f.includes(name))) return true;
      }
    return false;
  });
}

/** 孙慧敏 范雨生: a row of name-sized words, spaces between. */
const NAME_ROW = /^[\p{Script=Han}·]{2,3}(?:[ \u3000]+[\p{Script=Han}·]{2,3})+$/u;

/**
 * 孙慧敏 范雨生 under the headline and again after the last sentence: a row of names the page writes twice, once
 * closing the text, is the byline without its label (a headline of short phrases closes no text).
 */
function isUnlabelledByline(text: string, at: number, lines: readonly SourceLine[], folded: readonly string[]) {
  if (!NAME_ROW.test(text)) return false;
  const copies = folded.flatMap((f, j) => (f === folded[at] ? [j] : []));
  return copies.length >= 2 && copies.some((j) => j > 0 && SENTENCE_CLOSE.test(lines[j - 1]!.text));
}

/**
 * The text of the later lines (folded), from one of them on and across paragraphs, starts with `start` and runs on
 * past it: `folded` is that text cut short (a summary ending mid-sentence in the second paragraph). A line the page
 * writes again whole is no summary: a page showing its article twice keeps the second copy's lines for copies.
 */
function startsLaterText(folded: string, laterFolded: readonly string[]): boolean {
  const [start, later] = [unquoted(folded), laterFolded.map(unquoted)];
  if (later.includes(start)) return false;
  return later.some((f, k) => {
    if (f.startsWith(start)) return true;
    if (!start.startsWith(f)) return false;
    const text = later.slice(k).join('');
    return text.length > start.length && text.startsWith(start);
  });
}

/** A summary may leave out the quotation marks of the text it copies (地毯式 for “地毯式”). */
function unquoted(folded: string): string {
  return folded.replace(/[“”‘’「」『』"]/gu, '');
}

/** 2022-03-17, 2022年3月17日 10:05: a line that is only a date and maybe a time. */
const DATE_ALONE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** A source's name: a few Han characters, no punctuation, no digits. */
const SOURCE_NAME = /^\p{Script=Han}{2,8}$/u;

/**
 * 标题 / 今日青山 / 2022-03-17: a page writing its metadata without labels, the source's name over the date alone.
 * A short name right above a line that is only a date, under a line that closes no sentence (the headline), is that
 * source; under a closing sentence it signs a letter (…感谢你的支持。 / 青山镇人民政府 / 2020年1月30日).
 */
function namesSourceAboveDate(text: string, above: string, below: string | undefined): boolean {
  return SOURCE_NAME.test(text.trim()) && DATE_ALONE.test(below?.trim() ?? '') && !SENTENCE_CLOSE.test(above);
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
