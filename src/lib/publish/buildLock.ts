import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** What `takeBuildLock` answers: the lock is ours (release it when done), or another live build holds it. */
export type BuildLock = { taken: true; release: () => void } | { taken: false; holder: number };

/**
 * One build at a time per output folder: a lock file holding the builder's process id, created only if absent.
 * A lock whose process is gone (a build killed with SIGKILL, a machine restarted) is taken over, so a crash never
 * blocks the next build.
 */
export function takeBuildLock(lockFile: string): BuildLock {
  mkdirSync(dirname(lockFile), { recursive: true }); // the output folder's parent, on a first build
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { taken: true, release: () => rmSync(lockFile, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readText(lockFile));
      if (holder && holder !== process.pid && isRunning(holder)) return { taken: false, holder };
      rmSync(lockFile, { force: true });
    }
  }
  return { taken: false, holder: Number(readText(lockFile)) };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
