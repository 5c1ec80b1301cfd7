import { Worker } from 'node:worker_threads';
import type { SiteAddress } from '../lib/i18n/localizer.ts';

export interface WarmCachesOptions {
  cacheDir: string;
  /** Where the site is served: a QR code encodes a page's absolute URL. */
  address: { base: string; origin: string };
}

/** What the second thread did: its script detection time, or why it stopped. */
export type Warmed = { scriptCheckMs: number } | { failed: string };

/**
 * On a build whose caches are cold, fills those of the content check (YAML values, script detections) and the QR
 * codes on a second thread (warmCaches.worker.ts) while Astro syncs the content and bundles the pages on the first:
 * the two cores of a small machine work at once, and the build's own check then reads the results. On a warm build
 * there is nothing to gain and a thread to pay for, so it is not started (docs/performance.md has the figures).
 */
export function warmCaches(cacheDir: string, address: SiteAddress): Promise<Warmed> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./warmCaches.worker.ts', import.meta.url), {
      workerData: {
        cacheDir,
        address: { base: address.base, origin: address.origin.href },
      } satisfies WarmCachesOptions,
    });
    worker.once('message', (warmed: Warmed) => resolve(warmed));
    worker.once('error', (error: Error) => resolve({ failed: error.message }));
    worker.once('exit', (code) => resolve({ failed: `the thread ended with code ${code}` }));
  });
}
