import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

let count = 0;

/**
 * Moves a folder into `trash` instead of deleting it; the bench empties `trash` once every step is measured.
 * Deleting thousands of files slows whatever creates files next, for minutes, on an ext4 file system without a
 * journal (this machine's): the kernel then checks every recently deleted inode again each time it hands out a new
 * one (`recently_deleted` in fs/ext4/ialloc.c). Removing the last build's output before a build made writing its
 * pages up to ten times slower, by an amount that depended on what had been removed, not on the build.
 */
export function setAside(path: string, trash: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${process.pid}-${count++}`));
}
