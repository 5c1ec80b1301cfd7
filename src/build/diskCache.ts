import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Results kept ACROSS builds (YAML values, script detections and conversions, QR codes): most articles do not change
 * between two builds, so their pages need not go through OpenCC again (nor need its dictionaries loaded at all). Read
 * when first asked, written once when the build ends.
 */
export interface DiskCache {
  /** The cached result for `key`, or `compute()`'s, which is then cached. */
  through(key: string, compute: () => string): string;
  /** Writes the entries this build used (new and reused), so entries of deleted or edited text drop out. */
  save(): void;
  readonly stats: { memoryHits: number; diskHits: number; computed: number; ms: number };
}

interface CacheFile {
  version: string;
  entries: Record<string, string>;
}

/**
 * `version` covers everything besides the key that decides a result (for conversions: glossary, converter code,
 * OpenCC): a cache written under another version is ignored. Entries are keyed by sha256 of version and key, in
 * memory and on disk, so neither holds the keys' text. With no `file`, results are kept for this process only.
 */
export function openDiskCache(file: string | undefined, version: string): DiskCache {
  const used = new Map<string, string>();
  // Read on first use: a thread that never asks this cache never parses it (the thread warming the caches never
  // converts).
  let disk: Map<string, string> | undefined;
  const fromDisk = () => (disk ??= read(file, version));
  const stats = { memoryHits: 0, diskHits: 0, computed: 0, ms: 0 };
  const hash = (key: string) => createHash('sha256').update(version).update('\u0000').update(key).digest('base64url');
  /** The value for `digest` from this build or the file (then kept for this build), counted as a hit. */
  const known = (digest: string) => {
    let value = used.get(digest);
    if (value !== undefined) stats.memoryHits++;
    else {
      value = fromDisk().get(digest);
      if (value !== undefined) {
        stats.diskHits++;
        used.set(digest, value);
      }
    }
    return value;
  };

  return {
    stats,
    through(key, compute) {
      const start = performance.now();
      const digest = hash(key);
      let value = known(digest);
      if (value === undefined) {
        value = compute();
        stats.computed++;
        used.set(digest, value);
      }
      stats.ms += performance.now() - start;
      return value;
    },
    save() {
      // Never asked, or nothing new and nothing dropped (every entry read was used): the file already says it all.
      if (!file || disk === undefined || (stats.computed === 0 && used.size === disk.size)) return;
      mkdirSync(dirname(file), { recursive: true });
      // Write then rename: a build running at the same time never reads half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version, entries: Object.fromEntries(used) } satisfies CacheFile));
      renameSync(temporary, file);
    },
  };
}

/** The entries of a cache file written under `version`; none for a missing, other-version or unreadable file. */
function read(file: string | undefined, version: string): Map<string, string> {
  if (!file || !existsSync(file)) return new Map();
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed.version === version) return new Map(Object.entries(parsed.entries));
  } catch {
    // A torn or hand-edited file is just a cold cache.
  }
  return new Map();
}
