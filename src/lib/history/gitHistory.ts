import { execFileSync } from 'node:child_process';
import { GIT_LOG_FORMAT, parseGitLog, type Commit } from './parseGitLog.ts';

/**
 * The commits that touched each file under `dir` (paths relative to `dir`), newest first. Undefined when there
 * is no trustworthy history: not a git checkout, git missing, or a shallow clone (whose oldest commit would claim
 * to have added every file).
 */
export function gitHistory(dir: string): Map<string, Commit[]> | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return undefined;
    return parseGitLog(
      git('log', `--format=${GIT_LOG_FORMAT}`, '--name-only', '--relative', '--no-renames', '--', '.'),
    );
  } catch {
    return undefined;
  }
}
