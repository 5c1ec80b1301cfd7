import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Where a build writes before its site goes live, beside the output folder (so a rename can move it): `dist/` is
 * built as `.dist.staging/`, swapped in when complete, and the site it replaces is kept as `.dist.previous/` until
 * the next build reuses that folder as its staging folder.
 */
export interface StagedOutput {
  /** The live site: only ever a complete build. */
  live: string;
  staging: string;
  previous: string;
  lock: string;
}

export function stagedOutput(outDir: string): StagedOutput {
  const at = (suffix: string) => join(dirname(outDir), `.${basename(outDir)}.${suffix}`);
  return { live: outDir, staging: at('staging'), previous: at('previous'), lock: at('lock') };
}

/**
 * Readies the staging folder. The last replaced site becomes it: Astro empties its output folder before writing,
 * so deleting the old files costs what it always did and happens where it did — deleting them after a build would
 * slow the file creation of a build that follows at once on a journal-less ext4. A build killed between the two
 * renames of its swap left no live site: the one it was replacing goes back first.
 */
export function prepareStaging({ live, staging, previous }: StagedOutput): void {
  if (!existsSync(live) && existsSync(previous)) renameSync(previous, live);
  if (!existsSync(staging) && existsSync(previous)) renameSync(previous, staging);
}

/**
 * Puts the complete staged site live with two renames; between them, for a moment, there is no live folder, but
 * never a partial one. What was live is kept as the previous site.
 */
export function swapIntoPlace({ live, staging, previous }: StagedOutput): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(live)) renameSync(live, previous);
  renameSync(staging, live);
}
