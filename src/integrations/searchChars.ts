import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { SEARCH_LOCALE } from '../config/search.ts';
import { getSite } from '../data/site.ts';
import { searchCharMap } from '../lib/search/searchCharMap.ts';

/**
 * Writes `search-chars.json` (the site's characters in the other script → the indexed script, for the search box of
 * every page; see searchCharMap) once the pages are built: it learns from exactly the text the pages show in both
 * scripts, which the build has just converted, so it costs no conversion of its own.
 */
export function searchChars(): AstroIntegration {
  return {
    name: 'gongshi:search-chars',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const map = searchCharMap(getSite().shownInBothScripts(), SEARCH_LOCALE.script);
        writeFileSync(new URL('search-chars.json', dir), JSON.stringify(map));
      },
    },
  };
}
