import { stringify } from 'yaml';
import type { Frontmatter } from './importArticle.ts';

/** The article file: YAML frontmatter (fields in the order of the committed articles) and the Markdown body. */
export function renderArticle(frontmatter: Frontmatter, body: string): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}
