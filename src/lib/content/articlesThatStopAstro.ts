import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { Lexer } from 'yaml';
import { markdownExcess } from './markdownExcess.ts';

/**
 * Article files (at any depth, as Astro's content loader finds them) that would stall or stop Astro's content sync,
 * which parses every article before the content check runs: frontmatter with YAML anchors or aliases (`&name`,
 * `*name`; Astro's parser expands them without limit, so a few lines of nested aliases keep it busy for minutes),
 * frontmatter Astro's parser refuses (an unclosed quote: its message comes with a stack trace), and Markdown past the
 * parser's limits (markdownExcess). The build runs the check first whenever this finds any. Cheap on ordinary
 * content: a scan of characters, the YAML lexer only for frontmatter that holds & or *, and Astro's own frontmatter
 * parser (fast) on the rest.
 */
export function articlesThatStopAstro(articlesDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return []; // no articles folder: the check reports it
  }
  return names
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(articlesDir, name))
    .filter((file) => {
      const text = readText(file);
      // Astro's own frontmatter pattern: blank lines and spaces around the --- lines are allowed.
      const frontmatter = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/.exec(text);
      return (
        (frontmatter !== null && (hasAliases(frontmatter[1]!) || !astroReads(text))) ||
        markdownExcess(text.slice(frontmatter?.[0].length ?? 0)) !== undefined
      );
    });
}

function hasAliases(yaml: string): boolean {
  if (!/[&*]/.test(yaml)) return false;
  for (const token of new Lexer().lex(yaml)) if (token[0] === '&' || token[0] === '*') return true;
  return false;
}

/** Whether Astro's frontmatter parser (the one its content sync runs) reads the article. */
function astroReads(text: string): boolean {
  try {
    parseFrontmatter(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file's text, or '' for what is not a readable ordinary file (a folder named x.md, a broken link, a pipe, which
 * would block the read for ever): the check says why.
 */
function readText(file: string): string {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
}
