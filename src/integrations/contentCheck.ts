import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site.ts';
import { warmCaches } from '../data/warmCaches.ts';
import { ContentError } from '../lib/content/problem.ts';

/**
 * Validates all content before Astro writes anything, so a mistake stops the build with every problem listed
 * (file:line:column) and nothing half-built is published. `astro:build:start` runs after the content layer has
 * synced and before dist/ is emptied, so a failed build leaves the last good dist/ in place. Meanwhile, from the
 * first hook on, a second thread reads and checks the content too and fills the caches (warmCaches.ts), so the
 * check here mostly reads its results.
 * The caches of YAML values, detections, conversions and QR codes live in Astro's cache folder
 * (node_modules/.astro/ by default); they are written back once the pages are built.
 */
export function contentCheck(): AstroIntegration {
  let warming: Promise<string> | undefined;
  let cacheDir = '';
  /** What the second thread reported, and how long the build then waited for it. */
  const warm = { scriptCheckMs: 0, waitMs: 0 };
  return {
    name: 'gongshi:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        warming = warmCaches({ cacheDir, site: config.site, base: config.base });
      },
      'astro:build:start': async () => {
        const start = performance.now();
        const output = await warming;
        warm.waitMs = performance.now() - start;
        warm.scriptCheckMs = Number(/scriptCheckMs=(\d+)/.exec(output ?? '')?.[1] ?? 0);
        try {
          getSite({ cacheDir });
        } catch (error) {
          // The problems are the whole message for staff: drop the stack trace pointing into our code.
          if (error instanceof ContentError) error.stack = error.message;
          throw error;
        }
      },
      'astro:build:done': ({ logger }) => {
        const { caches, scriptCheckMs } = getSite();
        Object.values(caches).forEach((cache) => cache.save());
        const { ms, computed, diskHits, memoryHits } = caches.conversions.stats;
        // One parsable line: the benchmark reads it (scripts/bench.ts). Pages' conversions plus the check's script
        // detection, which runs OpenCC too: on this thread (cached when the second thread did it first), and on
        // the second thread while Astro rendered Markdown, with how long the build waited for that thread.
        logger.info(
          `conversion ms=${Math.round(ms + scriptCheckMs)} converted=${computed} fromDiskCache=${diskHits} fromMemory=${memoryHits} scriptCheckMs=${Math.round(scriptCheckMs)} secondThreadScriptCheckMs=${warm.scriptCheckMs} waitedForSecondThreadMs=${Math.round(warm.waitMs)} qrDrawnHere=${caches.qrCodes.stats.computed}`,
        );
      },
    },
  };
}
