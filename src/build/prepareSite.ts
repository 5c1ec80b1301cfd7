import { join, relative } from 'node:path';
import { buildNow, contentDir } from '../config/build.ts';
import { detectScript, type ScriptDetection } from '../lib/conversion/detectScript.ts';
import { checkContent } from '../lib/check/checkContent.ts';
import { ContentError } from '../lib/content/problem.ts';
import { gitHistory } from '../lib/history/gitHistory.ts';
import type { SiteAddress } from '../lib/i18n/localizer.ts';
import { recordShownTexts, type ShownTexts } from '../lib/search/shownTexts.ts';
import { qrCode, qrSvg, type QrCode } from '../lib/share/qrSvg.ts';
import { createSite, type Site } from '../lib/site/createSite.ts';
import { cachedConversion } from './cachedConversion.ts';
import { conversionVersion, detectionVersion, qrVersion, yamlVersion } from './cacheVersions.ts';
import { openDiskCache, type DiskCache } from './diskCache.ts';
import { memoize } from './memoize.ts';

/** The site, and what the build keeps beside it: its caches, what the pages showed, and its figures. */
export interface PreparedSite {
  site: Site;
  /** Results kept across builds: saved when the build is done. */
  caches: { yamlValues: DiskCache; detections: DiskCache; conversions: DiskCache; qrCodes: DiskCache };
  /** Every text the pages showed, per locale: what the search character map learns. */
  shown: ShownTexts;
  /** Time the content check spent detecting scripts (conversion work, for the build's stats). */
  scriptCheckMs: number;
}

/**
 * Reads and checks the content (throws ContentError listing every problem), then makes the site served at
 * `address` with the build's caches in `cacheDir`: YAML values, script detections and conversions, QR codes.
 */
export function prepareSite(cacheDir: string, address: SiteAddress): PreparedSite {
  const cacheFile = (name: string) => join(cacheDir, name);
  const yamlValues = openDiskCache(cacheFile('gongshi-yaml.json'), yamlVersion());
  // Detection does not use the glossary, so its cache is open before the glossary is read.
  const detections = openDiskCache(cacheFile('gongshi-detections.json'), detectionVersion());
  const dir = contentDir();
  const { content, problems, converter, scriptCheckMs } = checkContent(dir, {
    rememberYaml: yamlValues.through,
    detect: (text, converter) =>
      JSON.parse(detections.through(text, () => JSON.stringify(detectScript(text, converter)))) as ScriptDetection,
  });
  if (problems.length) throw new ContentError(problems);

  const conversions = openDiskCache(cacheFile('gongshi-conversions.json'), conversionVersion(content.glossary));
  const qrCodes = openDiskCache(cacheFile('gongshi-qr-codes.json'), qrVersion());
  const shown = recordShownTexts();
  // History is keyed by path inside the content folder; the model names files from the project root.
  const history = gitHistory(dir);
  const site = createSite({
    content,
    now: buildNow(),
    history: history && new Map([...history].map(([file, commits]) => [relative('.', join(dir, file)), commits])),
    convert: cachedConversion(converter, conversions, shown),
    address,
    // Choosing the QR mask costs more than anything else per page: draw each URL's code once, ever.
    qrSvg: (url, label) => qrSvg(JSON.parse(qrCodes.through(url, () => JSON.stringify(qrCode(url)))) as QrCode, label),
    remember: memoize,
  });
  return { site, caches: { yamlValues, detections, conversions, qrCodes }, shown, scriptCheckMs };
}
