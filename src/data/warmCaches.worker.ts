/**
 * The worker of warmCaches.ts: builds the site model as the build will (reading the YAML, checking every text's
 * script, drawing every page's QR code) and saves those caches for the build's own thread to read.
 */
import { workerData } from 'node:worker_threads';
import { LOCALES } from '../config/locales.ts';
import { localizedPath } from '../lib/routes/paths.ts';
import { getSite } from './site.ts';
import type { WarmCachesOptions } from './warmCaches.ts';

const { cacheDir, site: siteUrl, base } = workerData as WarmCachesOptions;
const site = getSite({ cacheDir });
for (const locale of siteUrl ? LOCALES : []) {
  // The URL the share panel encodes (SharePanel.astro); the code is kept by URL, so no label is needed here.
  for (const path of site.sharedPaths()) site.qrSvg(new URL(localizedPath(base, locale, path), siteUrl).href, '');
}
const { yamlValues, detections, qrCodes } = site.caches;
for (const cache of [yamlValues, detections, qrCodes]) cache.save();
console.log(`scriptCheckMs=${Math.round(site.scriptCheckMs)}`);
