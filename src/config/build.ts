/**
 * Build settings read from the environment, in one place: where the content is, where caches persist, and what
 * "now" is for the publication schedule. All are overridable so tests and reproducible builds can pin them.
 */
import { resolve } from 'node:path';

/**
 * Pages Astro renders at once: while a page waits for the disk, the others render. The benchmark's bare Astro build
 * uses it too.
 */
export const BUILD_CONCURRENCY = 4;

/** GONGSHI_CONTENT_DIR, relative to the project root (where astro runs), defaulting to ./content. */
export function contentDir(): string {
  return resolve(process.env.GONGSHI_CONTENT_DIR ?? 'content');
}

/**
 * GONGSHI_CACHE_DIR, relative to the project root, defaulting to node_modules/.astro: Astro's cache and the build's
 * own (conversions, QR codes, search shards) persist there between builds. Tests give each build its own.
 */
export function cacheDir(): string {
  return resolve(process.env.GONGSHI_CACHE_DIR ?? 'node_modules/.astro');
}

/**
 * GONGSHI_NOW (an ISO date or date-time) or the clock: articles dated after it are scheduled, not published.
 * Pin it to rebuild an old state byte for byte.
 */
export function buildNow(): Date {
  const pinned = process.env.GONGSHI_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`GONGSHI_NOW="${pinned}" is not a date; write e.g. 2020-03-01`);
  return date;
}
