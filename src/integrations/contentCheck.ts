import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site.ts';

/**
 * Validates all content before Astro renders a single page, so a mistake stops the build with every problem
 * listed (file:line:column) and nothing half-built is published. It also opens the conversion cache, kept in
 * Astro's cache folder (node_modules/.astro/ by default), and writes it back once the pages are built.
 */
export function contentCheck(): AstroIntegration {
  let cacheFile: string | undefined;
  return {
    name: 'gongshi:content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFile = fileURLToPath(new URL('gongshi-conversions.json', config.cacheDir));
      },
      'astro:build:start': () => {
        getSite({ cacheFile });
      },
      'astro:build:done': ({ logger }) => {
        const { conversions } = getSite();
        conversions.save();
        const { ms, computed, diskHits, memoryHits } = conversions.stats;
        // One parsable line: the benchmark reads it (scripts/bench.ts).
        logger.info(
          `conversion ms=${Math.round(ms)} converted=${computed} fromDiskCache=${diskHits} fromMemory=${memoryHits}`,
        );
      },
    },
  };
}
