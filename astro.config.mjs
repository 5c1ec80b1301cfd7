// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { searchChars } from './src/integrations/searchChars.ts';
import { rehypeDropActiveContent } from './src/lib/markdown/rehypeDropActiveContent.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/config/locales.ts';

// Astro's default Markdown processor keeps the asterisks in CJK emphasis (**“重点”**内容); remark-cjk-friendly fixes it.
const remarkPlugins = [remarkGfm, remarkCjkFriendly];

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://gongshi.example.org',
  base: process.env.BASE_PATH ?? '/',
  // Tests build several sites at once: each gets its own cache so their content stores never mix.
  cacheDir: process.env.GONGSHI_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Raw HTML in an article (a pasted <script>, <iframe> or style) is dropped, never published: articles are text.
  // Editors' <!-- notes --> go with it, which is right, as readers never saw them.
  // No code blocks in news: no syntax highlighter (Shiki's inline styles would need 'unsafe-inline').
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins,
      // remark-gfm is in remarkPlugins already (before remark-cjk-friendly); Astro's own copy would run it twice.
      gfm: false,
      // SmartyPants is English typography (three dots into one "…", where Chinese writes ……), and it costs a full
      // retext parse of every article.
      smartypants: false,
      remarkRehype: { allowDangerousHtml: false },
      rehypePlugins: [rehypeDropActiveContent],
    }),
  },
  // A Content-Security-Policy <meta> on every page, with hashes for Astro's own scripts and styles: no
  // 'unsafe-inline', and nothing from other hosts.
  security: {
    csp: { directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'"] },
  },
  // MDX inherits the processor above (its JSX is not raw HTML: rehypeDropActiveContent removes active elements).
  integrations: [
    contentCheck(),
    searchChars(),
    mdx(),
    // Each page lists its twin in the other script as an hreflang alternate. The chooser at / only redirects: it
    // does not belong in a sitemap.
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE.id,
        locales: Object.fromEntries(LOCALES.map((locale) => [locale.id, locale.lang])),
      },
      filter: (page) => LOCALES.some((locale) => page.includes(`/${locale.id}/`)),
    }),
  ],
});
