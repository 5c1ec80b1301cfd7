import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/build.ts';

// Only article bodies go through Astro (Markdown/MDX rendering). Their frontmatter, towns and tallies are read and
// checked by src/lib/content/, which reports problems with file:line:column — see src/build/prepareSite.ts. No schema here:
// Astro's frontmatter parser reads `published: 2020-02-20` as a Date, and a second validation could only disagree.
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir()}/articles` }),
  }),
};
