import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Astro's command line, as `npm run build` runs it. */
export const ASTRO = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

/**
 * The environment for Astro run from a test. Vitest puts Vite's own variables (BASE_URL=/, MODE, NODE_ENV=test…) into
 * process.env; Astro must not inherit them, or BASE_URL overrides the configured base.
 */
export function astroEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST'),
    ),
  );
}

/**
 * Runs `npm run build` (`astro build`: build into a staging folder, index for search, swap into place) into `outDir`
 * with extra environment (GONGSHI_CONTENT_DIR, BASE_PATH, GONGSHI_NOW…) and a
 * cache of its own, so builds running side by side (or in another checkout sharing node_modules) never share a
 * content store. Returns the exit status and everything printed.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): { status: number; output: string } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gongshi-cache-'));
  const inherited = astroEnvironment();
  try {
    const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', GONGSHI_CACHE_DIR: cacheDir, ...env },
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
