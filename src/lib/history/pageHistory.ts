import type { Commit } from './parseGitLog.ts';

export interface PageHistory {
  /** Date of the newest commit that touched any of the page's files. */
  updated: string;
  /** Later changes to the files (not the commits that added them), newest first, at most `limit`. */
  corrections: Commit[];
}

/** A page's history from the commits of its files; undefined when none is known (uncommitted file, no git). */
export function pageHistory(
  history: ReadonlyMap<string, Commit[]> | undefined,
  files: string[],
  limit = 5,
): PageHistory | undefined {
  const perFile = files.map((file) => history?.get(file) ?? []);
  const all = perFile.flat();
  if (all.length === 0) return undefined;
  const byNewest = (a: Commit, b: Commit) => b.date.localeCompare(a.date);
  const added = new Set(perFile.map((commits) => commits.at(-1)?.hash));
  const corrections = new Map(all.filter((c) => !added.has(c.hash)).map((c) => [c.hash, c]));
  return {
    updated: [...all].sort(byNewest)[0]!.date,
    corrections: [...corrections.values()].sort(byNewest).slice(0, limit),
  };
}
