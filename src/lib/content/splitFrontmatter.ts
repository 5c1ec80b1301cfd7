import { say, type Message } from '../../i18n/messages/message.ts';
/** An article's frontmatter (YAML) and body, or why it has none, in staff's words. */
export type SplitArticle =
  | { frontmatter: string; body: string; bodyLine: number }
  | { problem: { line: number; message: Message; fix: Message } };

/**
 * Splits an article at its frontmatter: a `---` line, the YAML, a `---` line (spaces after either are allowed, as
 * Astro allows them). Says which part is missing when there is none: a file that starts with empty lines, a block
 * that is never closed or is empty, or no block at all.
 */
export function splitFrontmatter(text: string): SplitArticle {
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  const problem = (line: number, message: Message, fix: Message) => ({ problem: { line, message, fix } });
  if (!match) {
    if (/^\s*\n---[ \t]*(?:\n|$)/.test(text)) {
      return problem(1, say('frontmatter.notFirstLine'), say('fix.removeLinesAbove'));
    }
    if (/^---[ \t]*(?:\n|$)/.test(text)) {
      return problem(1, say('frontmatter.notClosed'), say('fix.closeFrontmatter'));
    }
    return problem(1, say('frontmatter.missing'), say('fix.startWithFrontmatter'));
  }
  const frontmatter = match[1] ?? '';
  if (!frontmatter.trim()) {
    return problem(1, say('frontmatter.empty'), say('fix.fillFrontmatter'));
  }
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
