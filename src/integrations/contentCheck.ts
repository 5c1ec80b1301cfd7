import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site.ts';
import { ContentError } from '../lib/content/problem.ts';

/**
 * Validates all content before Astro does anything else, so a mistake stops the build with every problem listed
 * (file:line:column) and nothing half-built is published. `astro:config:setup` is the first hook: it runs before
 * the content layer syncs and before dist/ is emptied, so a failed build leaves the last good dist/ in place.
 * It also opens the caches of YAML values, detections, conversions and QR codes, kept in Astro's cache folder
 * (node_modules/.astro/ by default), and writes them back once the pages are built.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'gongshi:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        try {
          getSite({ cacheDir: fileURLToPath(config.cacheDir) });
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
        // detection, which runs OpenCC too.
        logger.info(
          `conversion ms=${Math.round(ms + scriptCheckMs)} converted=${computed} fromDiskCache=${diskHits} fromMemory=${memoryHits} scriptCheckMs=${Math.round(scriptCheckMs)}`,
        );
      },
    },
  };
}
