// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { gongshi } from './src/integrations/gongshi.ts';
import { editor } from './src/integrations/editor.ts';
import { markdown } from './src/config/markdown.ts';
import { BUILD_CONCURRENCY, cacheDir } from './src/config/build.ts';
import { siteUrl, siteUrlWarning } from './src/config/siteUrl.ts';
import { inSitemap, sitemapAlternates } from './src/lib/routes/sitemapEntries.ts';

export default defineConfig({
  site: siteUrl(),
  base: process.env.BASE_PATH ?? '/',
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  build: { concurrency: BUILD_CONCURRENCY },
  markdown,
  // `npm run edit` runs the dev server for the office: the pages shown there are the residents', without Astro's
  // developer toolbar (English buttons, audits, a second set of headings).
  devToolbar: { enabled: false },
  // Articles' photos arrive at a phone camera's size: serve each reader a width near their screen's (srcset), never
  // more than a phone page needs.
  image: { layout: 'constrained' },
  // A Content-Security-Policy <meta> on every page, with hashes for Astro's own scripts and styles: no
  // 'unsafe-inline', and nothing from other hosts.
  security: {
    csp: { directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'"] },
  },
  // MDX inherits the processor above (its JSX is not raw HTML: rehypeDropActiveContent removes active elements).
  integrations: [
    // A build without SITE_URL says so loudly, before anything else: its QR codes and links would lead nowhere.
    {
      name: 'site-url',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          const warning = siteUrlWarning();
          if (command === 'build' && warning) logger.warn(`\n${warning}`);
        },
      },
    },
    mdx(),
    // Each page lists its twin in the other script as an hreflang alternate (see sitemapEntries.ts).
    sitemap({ filter: inSitemap, serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }) }),
    // The office's web editor at /admin/ (docs/editor.md): its own page and scripts, none on residents' pages.
    editor(),
    // Last: when the others have written their files, it indexes the site for search and puts it live.
    gongshi(),
  ],
});
