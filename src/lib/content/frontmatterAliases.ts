import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'yaml';

/**
 * Article files (at any depth, as Astro's content loader finds them) whose frontmatter uses YAML anchors or aliases
 * (`&name`, `*name`). Astro's own frontmatter parser expands aliases without a limit: a few lines of nested aliases
 * (a "billion laughs") keep its content sync busy for minutes. The build runs the content check, which limits them,
 * before Astro's sync whenever this finds any. Cheap on ordinary content: a character scan, and the YAML lexer only
 * for frontmatter that holds & or *.
 */
export function frontmatterWithAliases(articlesDir: string): string[] {
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
      const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readText(file))?.[1];
      if (!frontmatter || !/[&*]/.test(frontmatter)) return false;
      for (const token of new Lexer().lex(frontmatter)) if (token[0] === '&' || token[0] === '*') return true;
      return false;
    });
}

/** The file's text, or '' for what is not a readable file (a folder named x.md, a broken link): the check says why. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
