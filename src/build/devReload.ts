import { sep } from 'node:path';
import type { ViteDevServer } from 'vite';

/** Editors often save a file in several writes (and the web editor writes a tally and its article together). */
const SETTLE_MS = 150;

/**
 * `astro dev` follows the content folder: on any change in it (an article, tally, town or the glossary, added,
 * edited or removed) `remake` drops the site so the next request makes it again from the files, Astro forgets the
 * pages' routes (a new town or article gets its page), and open pages reload. Astro watches the articles' bodies
 * itself; the rest of the content is read by src/lib/content/, which Astro does not know about.
 */
export function reloadOnContentChange(server: ViteDevServer, contentDir: string, remake: () => void): void {
  const inside = contentDir.endsWith(sep) ? contentDir : contentDir + sep;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (file: string) => {
    if (!file.startsWith(inside)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      remake();
      // What Astro's own content loader sends: the routes of pages made from content are listed again.
      for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
      server.environments.client.hot.send({ type: 'full-reload', path: '*' });
    }, SETTLE_MS);
  };
  server.watcher.add(contentDir);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
}
