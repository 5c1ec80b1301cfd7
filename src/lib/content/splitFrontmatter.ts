/** An article's frontmatter (YAML) and body, or why it has none, in staff's words. */
export type SplitArticle =
  { frontmatter: string; body: string; bodyLine: number } | { problem: { line: number; message: string; fix: string } };

const FIELDS = 'title, town, summary… (see README)';

/**
 * Splits an article at its frontmatter: a `---` line, the YAML, a `---` line (spaces after either are allowed, as
 * Astro allows them). Says which part is missing when there is none: a file that starts with empty lines, a block
 * that is never closed or is empty, or no block at all.
 */
export function splitFrontmatter(text: string): SplitArticle {
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  const problem = (line: number, message: string, fix: string) => ({ problem: { line, message, fix } });
  if (!match) {
    if (/^\s*\n---[ \t]*(?:\n|$)/.test(text)) {
      return problem(1, 'the frontmatter (the --- block) must start on the first line', 'remove the lines above ---');
    }
    if (/^---[ \t]*(?:\n|$)/.test(text)) {
      return problem(
        1,
        'the frontmatter (the --- block at the top) is never closed',
        'add a line with only --- after its last field, before the article text',
      );
    }
    return problem(1, 'the article has no frontmatter', `start the file with a --- block holding ${FIELDS}`);
  }
  const frontmatter = match[1] ?? '';
  if (!frontmatter.trim()) {
    return problem(1, 'the frontmatter (the --- block at the top) is empty', `write ${FIELDS} between the --- lines`);
  }
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
