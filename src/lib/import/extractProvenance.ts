import { parseFullDate } from '../numbers/parseFullDate.ts';
import type { Removal, SourceLine } from './types.ts';

export interface Provenance {
  /** 作者, 撰稿人, 通讯员, 记者 and a trailing (李靜): the people who wrote it. */
  byline?: string;
  /** 来源: the publication. */
  publication?: string;
  url?: string;
  /** 编辑, 责任编辑: kept in the source note, the schema has no field for them. */
  editors: string[];
  /** From a header line (发布时间：…) or a line holding only a date. */
  published?: string;
}

export const AUTHOR = '作者|撰稿人|撰稿|通[讯訊]员|通[讯訊]員|[记記]者';
const EDITOR = '[责責]任[编編][辑輯]|[编編][辑輯]|[审審]核|校[对對]';
const SOURCE = '[来來]源|出[处處]';
/** Counters share header lines with the date (发布时间：… 浏览次数：1268); their values are dropped. */
const COUNTER =
  '[浏瀏][览覽]次[数數]|[浏瀏][览覽]量|[阅閱][读讀](?:次[数數]|量)?|[访訪][问問](?:量|次[数數])|[点點][击擊](?:量|[数數])';
const DATE = '[发發][布佈][时時][间間]|[发發][布佈]日期|[时時][间間]|日期';
const FIELD = new RegExp(
  `(?<label>${AUTHOR}|${EDITOR}|${SOURCE}|${DATE}|${COUNTER}|原文[链鏈]接|[链鏈]接)\\s*[:：]\\s*(?<value>.*?)(?=\\s*(?:[|｜]|\\s{2,}|(?:${AUTHOR}|${EDITOR}|${SOURCE}|${DATE}|${COUNTER})\\s*[:：]|$))`,
  'gu',
);
/** Header values are names, titles and dates: a longer value means the line is a sentence. */
const HEADER_VALUE_MAX = 30;
/** A line that is only a date and maybe a time: 2020-02-20 10:22, 2020年2月20日. */
const DATE_LINE =
  /^[\s[【(（]*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s\]】)）]*$/u;
/**
 * Takes bylines, source, editors and the publication date out of the text. Header lines made only of such fields
 * (来源：… 作者：… 发布时间：…) and bare date lines are removed. A trailing (李靜) is extractTrailingByline's job: it
 * can only be found once the share bars after it are gone.
 */
export function extractProvenance(lines: readonly SourceLine[]): {
  provenance: Provenance;
  lines: SourceLine[];
  removed: Removal[];
} {
  const provenance: Provenance = { editors: [] };
  const authors: string[] = [];
  const removed: Removal[] = [];
  const kept: SourceLine[] = [];

  for (const line of lines) {
    const fields = [...line.text.matchAll(FIELD)];
    const rest = fields.reduce((t, f) => t.replace(f[0], ''), line.text).replace(/[\s|｜]/gu, '');
    // A line is a header only when the fields are all of it: 作者 inside a sentence is text.
    const short = fields.every(
      (f) => [...f.groups!.value!].length <= HEADER_VALUE_MAX && !f.groups!.value!.includes('。'),
    );
    // A bracketed byline, (撰稿人:駱荷婷), closes the text: extractTrailingByline takes it.
    const bracketed = /^[(（]/u.test(line.text);
    if (fields.length && short && !bracketed && rest.length <= 2) {
      for (const f of fields) {
        const label = f.groups!.label!;
        const value = f.groups!.value!.trim();
        if (!value) continue;
        if (new RegExp(`^(?:${AUTHOR})$`, 'u').test(label)) authors.push(value);
        else if (new RegExp(`^(?:${EDITOR})$`, 'u').test(label)) provenance.editors.push(`${label}：${value}`);
        else if (new RegExp(`^(?:${SOURCE})$`, 'u').test(label)) provenance.publication ??= value;
        else if (new RegExp(`^(?:${COUNTER})$`, 'u').test(label)) continue;
        else if (/^https?:\/\//u.test(value)) provenance.url ??= value;
        else provenance.published ??= parseFullDate(value)?.iso;
      }
      removed.push({
        line: line.line,
        text: line.text,
        reason: 'byline / source / date header (moved to frontmatter)',
      });
      continue;
    }
    if (DATE_LINE.test(line.text)) {
      provenance.published ??= parseFullDate(line.text)?.iso;
      removed.push({ line: line.line, text: line.text, reason: 'date line (moved to frontmatter)' });
      continue;
    }
    kept.push(line);
  }

  if (authors.length) provenance.byline = authors.join('、');
  return { provenance, lines: kept, removed };
}
