import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../config/build.ts';
import { checkContent } from '../lib/check/checkContent.ts';
import { detectScript, type ScriptDetection } from '../lib/conversion/detectScript.ts';
import { qrCode, type QrCode } from '../lib/share/qrSvg.ts';
import { detectionVersion, qrVersion, yamlVersion } from './cacheVersions.ts';
import { openDiskCache, type DiskCache } from './diskCache.ts';

/** The caches a build's content check and QR codes use, in `cacheDir` (conversions need the glossary: prepareSite). */
export interface CheckCaches {
  yamlValues: DiskCache;
  detections: DiskCache;
  qrCodes: DiskCache;
}

const FILES = {
  yamlValues: 'gongshi-yaml.json',
  detections: 'gongshi-detections.json',
  qrCodes: 'gongshi-qr-codes.json',
};

export function openCheckCaches(cacheDir: string): CheckCaches {
  return {
    yamlValues: openDiskCache(join(cacheDir, FILES.yamlValues), yamlVersion()),
    detections: openDiskCache(join(cacheDir, FILES.detections), detectionVersion()),
    qrCodes: openDiskCache(join(cacheDir, FILES.qrCodes), qrVersion()),
  };
}

/** Whether a build has none of these caches yet (a fresh clone, a cleared cache): then it is worth warming them. */
export function checkCachesAreCold(cacheDir: string): boolean {
  return Object.values(FILES).some((file) => !existsSync(join(cacheDir, file)));
}

/** The content check, its YAML values and script detections remembered across builds. */
export function cachedCheck(caches: CheckCaches) {
  return checkContent(contentDir(), {
    rememberYaml: caches.yamlValues.through,
    detect: (text, converter) =>
      JSON.parse(
        caches.detections.through(text, () => JSON.stringify(detectScript(text, converter))),
      ) as ScriptDetection,
  });
}

/** A URL's QR code, drawn once ever: choosing the mask costs more than anything else on a page. */
export function cachedQrCode(caches: CheckCaches, url: string): QrCode {
  return JSON.parse(caches.qrCodes.through(url, () => JSON.stringify(qrCode(url)))) as QrCode;
}
