import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schema/article.ts';

// Only article bodies go through Astro (Markdown/MDX rendering). Their frontmatter, towns and tallies are read and
// checked by src/lib/content/, which reports problems with file:line:column — see src/data/site.ts.
export const collections = {
  articles: defineCollection({
    // GONGSHI_CONTENT_DIR: the same content folder src/data/site.ts reads (the benchmark points both elsewhere).
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${process.env.GONGSHI_CONTENT_DIR ?? './content'}/articles` }),
    schema: articleSchema,
  }),
};
