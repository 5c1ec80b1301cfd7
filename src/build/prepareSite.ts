import { join, relative } from 'node:path';
import { buildNow, contentDir } from '../config/build.ts';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { gitHistory } from '../lib/history/gitHistory.ts';
import type { SiteAddress } from '../lib/i18n/localizer.ts';
import { recordShownTexts, type ShownTexts } from '../lib/search/shownTexts.ts';
import { qrSvg } from '../lib/share/qrSvg.ts';
import { createSite, type Site } from '../lib/site/createSite.ts';
import { cachedConversion } from './cachedConversion.ts';
import { cachedCheck, cachedQrCode, openCheckCaches, type CheckCaches } from './buildCaches.ts';
import { conversionVersion } from './cacheVersions.ts';
import { openDiskCache, type DiskCache } from './diskCache.ts';
import { memoize } from './memoize.ts';

/** The site, and what the build keeps beside it: its caches, what the pages showed, and its figures. */
export interface PreparedSite {
  site: Site;
  /** Results kept across builds: saved when the build is done. */
  caches: CheckCaches & { conversions: DiskCache };
  /** Every text the pages showed, per locale: what the search character map learns. */
  shown: ShownTexts;
  /** Time the content check spent detecting scripts (conversion work, for the build's stats). */
  scriptCheckMs: number;
  /** Problems in drafts and entries pending review: they wait for review and do not stop the site. */
  draftProblems: Problem[];
}

/**
 * Reads and checks the content (throws ContentError listing every problem that stops the site; drafts' problems,
 * which wait for review, are returned), then makes the site served at `address` with the build's caches in
 * `cacheDir`: YAML values, script detections and conversions, QR codes.
 */
export function prepareSite(cacheDir: string, address: SiteAddress): PreparedSite {
  const checkCaches = openCheckCaches(cacheDir);
  const { content, problems, draftProblems, converter, scriptCheckMs } = cachedCheck(checkCaches);
  if (problems.length) throw new ContentError(problems);

  const conversions = openDiskCache(join(cacheDir, 'gongshi-conversions.json'), conversionVersion(content.glossary));
  const shown = recordShownTexts();
  // History is keyed by path inside the content folder; the model names files from the project root.
  const dir = contentDir();
  const history = gitHistory(dir);
  const site = createSite({
    content,
    now: buildNow(),
    history: history && new Map([...history].map(([file, commits]) => [relative('.', join(dir, file)), commits])),
    convert: cachedConversion(converter, conversions, shown),
    address,
    qrSvg: (url, label) => qrSvg(cachedQrCode(checkCaches, url), label),
    remember: memoize,
  });
  return { site, caches: { ...checkCaches, conversions }, shown, scriptCheckMs, draftProblems };
}
