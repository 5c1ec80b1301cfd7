import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Astro's command line, as `npm run build` runs it. */
export const ASTRO = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

/**
 * Runs `npm run build` (`astro build`: build into a staging folder, index for search, swap into place) into `outDir`
 * with extra environment (GONGSHI_CONTENT_DIR, BASE_PATH, GONGSHI_NOW…) and a
 * cache of its own, so builds running side by side (or in another checkout sharing node_modules) never share a
 * content store. Returns the exit status and everything printed.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): { status: number; output: string } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gongshi-cache-'));
  try {
    const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: astroEnv({ GONGSHI_CACHE_DIR: cacheDir, ...env }),
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * The environment Astro runs in from a test: this process's, without what Vitest adds (Vite's BASE_URL=/, MODE,
 * NODE_ENV=test…, which would override the configured base), plus `env`.
 */
export function astroEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST'),
    ),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}
