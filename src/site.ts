/**
 * The site every page shows: `getSite()`. The build prepares it before any page renders (src/build/prepareSite.ts,
 * started by src/integrations/gongshi.ts); pages only read it.
 */
import type { Site } from './lib/site/createSite.ts';

// The integration (loaded with astro.config) and the pages (bundled by Vite) get separate copies of every module
// in one process: the site is handed over on globalThis.
const KEY = Symbol.for('gongshi.site');
const store = globalThis as typeof globalThis & { [KEY]?: () => Site };

export function getSite(): Site {
  const open = store[KEY];
  if (!open)
    throw new Error(
      'The site was not prepared: pages are built by `astro build` or `astro dev` with the gongshi integration',
    );
  return open();
}

/** For the integration: how pages get the site (made on first use, then kept). */
export function provideSite(open: () => Site): void {
  let site: Site | undefined;
  store[KEY] = () => (site ??= open());
}
