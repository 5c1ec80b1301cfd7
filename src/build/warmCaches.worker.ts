/**
 * The second thread of warmCaches.ts: the content check with its caches, and the QR code of every page with a share
 * panel in every locale; then those caches are saved for the build's own thread. A content problem is not this
 * thread's to report: the build's own check finds it and says it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildNow } from '../config/build.ts';
import { LOCALES } from '../config/locales.ts';
import { createLocalizer } from '../lib/i18n/localizer.ts';
import { SHARED_KINDS, siteRoutes } from '../lib/routes/routes.ts';
import { publishedArticles } from '../lib/site/siteModel.ts';
import { cachedCheck, cachedQrCode, openCheckCaches } from './buildCaches.ts';
import type { Warmed, WarmCachesOptions } from './warmCaches.ts';

const { cacheDir, address } = workerData as WarmCachesOptions;
const caches = openCheckCaches(cacheDir);
const { content, scriptCheckMs } = cachedCheck(caches);
const routes = siteRoutes(
  publishedArticles(content, buildNow()).map((article) => article.slug),
  content.towns.map((town) => town.slug),
  [],
).filter((route) => SHARED_KINDS.has(route.kind));
const asWritten = { text: (text: string) => text, html: (html: string) => html };
for (const locale of LOCALES) {
  // The URL the share panel encodes: the localizer's, as the site makes it.
  const l = createLocalizer(locale, asWritten, { base: address.base, origin: new URL(address.origin) });
  for (const route of routes) cachedQrCode(caches, l.url(route.path));
}
for (const cache of Object.values(caches)) cache.save();
parentPort!.postMessage({ scriptCheckMs } satisfies Warmed);
