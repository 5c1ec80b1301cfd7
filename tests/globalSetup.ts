import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build/buildSite.ts';
import { SEED_CONTENT_DIR } from './seedContent.ts';

/**
 * Builds the seed articles' site once for every test that reads the output (tests/build, tests/e2e), as
 * `npm run build` makes it (with its search index), into a temporary folder so a developer's own dist/ is never
 * touched. Never content/: that is the office's, and tests must pass whatever it holds.
 */
export default function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'gongshi-dist-'));
  const { status, output } = buildSite(outDir, { GONGSHI_CONTENT_DIR: SEED_CONTENT_DIR });
  if (status !== 0) throw new Error(`The site did not build:\n${output}`);
  project.provide('distDir', outDir);
  project.provide('buildOutput', output);
  return () => rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** What `astro build` printed. */
    buildOutput: string;
  }
}
