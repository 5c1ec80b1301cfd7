// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/config/locales.ts';

// Astro's default Markdown processor keeps the asterisks in CJK emphasis (**“重点”**内容); remark-cjk-friendly fixes it.
const remarkPlugins = [remarkGfm, remarkCjkFriendly];

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://gongshi.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  markdown: { processor: unified({ remarkPlugins }) },
  // MDX inherits the processor above.
  integrations: [
    contentCheck(),
    mdx(),
    // Each page lists its twin in the other script as an hreflang alternate. Printable notices are copies of
    // their web page, and the chooser at / only redirects: neither belongs in a sitemap.
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE.id,
        locales: Object.fromEntries(LOCALES.map((locale) => [locale.id, locale.lang])),
      },
      filter: (page) => !page.endsWith('/print/') && LOCALES.some((locale) => page.includes(`/${locale.id}/`)),
    }),
  ],
});
