import { AUTHOR } from './extractProvenance.ts';
import type { Removal, SourceLine } from './types.ts';

/**
 * A byline in brackets closing the article: (李靜), (撰稿人:駱荷婷), （通讯员 张三 王五）. Only after the end of a
 * sentence, so that a closing （试行） in a document title is never taken for a name.
 */
const TRAILING_BYLINE = new RegExp(
  `(?<=^|[。！？!?”」])\\s*[(（](?:(?:${AUTHOR})\\s*[:：]?\\s*)?(?<names>[\\p{Script=Han}·]{2,4}(?:[\\s、，,][\\p{Script=Han}·]{2,4})*)[)）]\\s*$`,
  'u',
);

/** Cuts a trailing byline from the last line (after page furniture has gone), returning the names. */
export function extractTrailingByline<T extends SourceLine>(
  lines: readonly T[],
): {
  byline?: string;
  lines: T[];
  removed: Removal[];
} {
  const last = lines.at(-1);
  const match = last && TRAILING_BYLINE.exec(last.text);
  if (!last || !match) return { lines: [...lines], removed: [] };
  const text = last.text.slice(0, match.index).trimEnd();
  return {
    byline: match.groups!.names!.trim(),
    lines: text ? [...lines.slice(0, -1), { ...last, text }] : lines.slice(0, -1),
    removed: [{ line: last.line, text: match[0].trim(), reason: 'trailing byline (moved to frontmatter)' }],
  };
}
