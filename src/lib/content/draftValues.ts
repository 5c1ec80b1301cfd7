import { tallyEntrySchema, tallyFileSchema, type TallyFile } from '../schema/tally.ts';
import type { ParsedYaml, Position } from './parseYamlFile.ts';

// What files say about drafts, read from their values before validation: a draft is still a draft when its own
// fields are wrong.

/** Whether an article's frontmatter value marks it `draft: true`. */
export function saysDraft(frontmatter: unknown): boolean {
  return isRecord(frontmatter) && frontmatter.draft === true;
}

/** The article a tally file's value names, if it names one. */
export function tallyArticle(value: unknown): string | undefined {
  return isRecord(value) && typeof value.article === 'string' ? value.article : undefined;
}

/** Indices of the entries of a tally file's value (valid or not) that are marked `review: pending`. */
export function pendingEntryIndices(value: unknown): number[] {
  const entries = entriesOf(value);
  return entries.flatMap((entry, index) => (isRecord(entry) && entry.review === 'pending' ? [index] : []));
}

/**
 * A tally file that failed validation only in entries pending review, without those entries: a pending entry is
 * published nowhere, so the file's reviewed figures are not lost with it. `locate` still points into the file as
 * written (entry indices of the kept data mapped back). Undefined when the file fails for anything else.
 */
export function withoutFailedPendingEntries(
  parsed: ParsedYaml<TallyFile>,
): { data: TallyFile; locate: ParsedYaml<TallyFile>['locate'] } | undefined {
  const entries = entriesOf(parsed.value);
  const failed = new Set(
    pendingEntryIndices(parsed.value).filter((index) => !tallyEntrySchema.safeParse(entries[index]).success),
  );
  if (failed.size === 0) return undefined;
  const kept = entries.flatMap((_, index) => (failed.has(index) ? [] : [index]));
  const result = tallyFileSchema.safeParse({ ...(parsed.value as object), entries: kept.map((i) => entries[i]) });
  if (!result.success) return undefined;
  const locate = (path: (string | number)[]): Position =>
    path[0] === 'entries' && typeof path[1] === 'number'
      ? parsed.locate(['entries', kept[path[1]] ?? path[1], ...path.slice(2)])
      : parsed.locate(path);
  return { data: result.data, locate };
}

function entriesOf(value: unknown): unknown[] {
  return isRecord(value) && Array.isArray(value.entries) ? value.entries : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
