import { pinyin } from 'pinyin-pro';
import { Document } from 'yaml';
import { PLACE_SUFFIXES } from '../../config/townWords.ts';

/** A town the import found that content/towns does not have yet: written for review, never over an existing file. */
export interface NewTown {
  slug: string;
  name: string;
  /** The county and province as the article writes them before the name, else PLACEHOLDER. */
  county: string;
  province: string;
}

/** What stands in for a county or province the article does not write: the content check must not take it as real. */
export const PLACEHOLDER = '待核实';

/**
 * A file name for a town: the pinyin of its name without the ending (池河镇 → chihe, like nixi for 泥溪镇), with the
 * ending's pinyin when that is taken (新港乡 beside xingang → xingang-xiang), then a number.
 */
export function townSlug(name: string, simplifiedName: string, taken: ReadonlySet<string>): string {
  const suffix = PLACE_SUFFIXES.find((s) => simplifiedName.endsWith(s.suffix))?.suffix ?? '';
  const base = syllables(name.slice(0, name.length - suffix.length)) || 'town';
  const candidates = [base, `${base}-${syllables(suffix)}`];
  for (let n = 2; ; n++) {
    const free = candidates.find((c) => !taken.has(c));
    if (free) return free;
    candidates.push(`${base}-${n}`);
  }
}

function syllables(text: string): string {
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  if (!han) return '';
  return pinyin(han, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * The town file, `review: pending` until someone checks it: the comments say where it came from and which fields
 * are placeholders.
 */
export function renderTown(town: NewTown, article: string): string {
  const doc = new Document({
    name: town.name,
    county: town.county,
    province: town.province,
    review: 'pending',
  });
  const unknown = (['county', 'province'] as const).filter((field) => town[field] === PLACEHOLDER);
  doc.commentBefore = [
    ` 由 npm run import 从文章 ${article} 写入：请核对名称、县和省，核对无误后删去 review: pending。`,
    ...(unknown.length
      ? [` ${unknown.join('、')} 为占位符“${PLACEHOLDER}”：原文在乡镇名前没有写明，请查实后填写。`]
      : []),
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
