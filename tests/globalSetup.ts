import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build/buildSite.ts';
import { buildSearchIndex } from '../scripts/searchIndex.ts';

/**
 * Builds the bundled site once for every test that reads the output (tests/build, tests/e2e), into a temporary
 * folder so a developer's own dist/ is never touched — with its search index, as `npm run build` makes it.
 */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'gongshi-dist-'));
  const { status, output } = buildSite(outDir);
  if (status !== 0) throw new Error(`The site did not build:\n${output}`);
  await buildSearchIndex(outDir);
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
