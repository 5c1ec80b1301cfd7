import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CONTENT_DIR, getSite } from '../data/site.ts';
import { articlesThatStallAstro } from '../lib/content/articlesThatStallAstro.ts';
import { warmCaches } from '../data/warmCaches.ts';
import { ContentError } from '../lib/content/problem.ts';

/**
 * Validates all content before Astro writes anything, so a mistake stops the build with every problem listed
 * (file:line:column) and nothing half-built is published. `astro:build:start` runs after the content layer has
 * synced and before any page is written; articles that would stall that sync (YAML aliases, runaway Markdown) are
 * checked before it. Meanwhile, from the first hook on, a second thread reads and checks the content too and fills
 * the caches (warmCaches.ts), so the check here mostly reads its results. (`npm run build` also builds into a
 * staging folder, so nothing that fails later touches the live site either: scripts/build.ts.)
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
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        warming = warmCaches({ cacheDir, site: config.site, base: config.base });
        // Astro's content sync, which comes next, would be stalled for minutes by these: check first.
        if (articlesThatStallAstro(join(CONTENT_DIR, 'articles')).length) checkOrStop(cacheDir, logger);
      },
      'astro:build:start': async ({ logger }) => {
        const start = performance.now();
        const output = await warming;
        warm.waitMs = performance.now() - start;
        warm.scriptCheckMs = Number(/scriptCheckMs=(\d+)/.exec(output ?? '')?.[1] ?? 0);
        checkOrStop(cacheDir, logger);
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

/**
 * Reads and checks the content (once per build: getSite keeps it), or lists its problems and ends the build. The
 * problems are the whole message for staff: thrown, they would come wrapped in Astro's "unhandled error in a hook"
 * with a stack trace into our code. Nothing has been written at either point this runs.
 */
function checkOrStop(cacheDir: string, logger: AstroIntegrationLogger): void {
  try {
    getSite({ cacheDir });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    logger.error(error.message);
    process.exit(1);
  }
}
