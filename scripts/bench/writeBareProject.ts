import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A minimal Astro project over the same Markdown files: the site's own Markdown options (src/config/markdown.ts) and
 * build concurrency, the same page count (one page per article and locale), but no conversion, tallies, charts or search. Its build time is the floor the
 * real site is compared with.
 */
export function writeBareProject(dir: string, articlesDir: string): void {
  mkdirSync(join(dir, 'src/pages/[lang]/articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'gongshi-bench-bare', type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { markdown } from ${JSON.stringify(join(import.meta.dirname, '../../src/config/markdown.ts'))};
import { BUILD_CONCURRENCY } from ${JSON.stringify(join(import.meta.dirname, '../../src/config/build.ts'))};

export default defineConfig({
  trailingSlash: 'always',
  build: { concurrency: BUILD_CONCURRENCY },
  markdown,
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articlesDir)} }) }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[lang]/articles/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.flatMap((entry) =>
    ['zh-hans', 'zh-hant'].map((lang) => ({ params: { lang, slug: entry.id }, props: { entry } })),
  );
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang={Astro.params.lang}>
  <head>
    <meta charset="utf-8" />
    <title>{String(entry.data.title)}</title>
  </head>
  <body>
    <h1>{String(entry.data.title)}</h1>
    <Content />
  </body>
</html>
`,
  );
}
