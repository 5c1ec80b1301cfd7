// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { contentCheck } from './src/integrations/contentCheck.ts';

// Astro's default Markdown processor keeps the asterisks in CJK emphasis (**“重点”**内容); remark-cjk-friendly fixes it.
const remarkPlugins = [remarkGfm, remarkCjkFriendly];

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://gongshi.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  markdown: { processor: unified({ remarkPlugins }) },
  // MDX inherits the processor above.
  integrations: [contentCheck(), mdx()],
});
