import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** `compute()`'s result for `key`, computed at most once per build and, when the file has it, not at all. */
export type Through = (key: string, compute: () => string) => string;

/**
 * Results kept ACROSS builds (YAML values, script detections and conversions, QR codes): most articles do not change
 * between two builds, so their pages need not go through OpenCC again (nor need its dictionaries loaded at all). Read
 * when first asked, written once when the build ends.
 */
export interface DiskCache {
  through: Through;
  /**
   * The same, for one kind of result (conversions into one locale, say): its keys need not say their kind, so a
   * lookup is the text itself, not a longer key made for it.
   */
  section(name: string): Through;
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
 * OpenCC): a cache written under another version is ignored. In memory, entries are found by their key; on disk
 * they are stored under sha256 of version, section and key, hashed only when a key is first met in a build, so the
 * file never holds the keys' text. With no `file`, results are kept for this process only.
 */
export function openDiskCache(file: string | undefined, version: string): DiskCache {
  const sections = new Map<string, Through>();
  /** Digest → value of every entry this build used: what `save` writes. */
  const used = new Map<string, string>();
  // Read on first use: a build that never asks this cache never parses it.
  let disk: Map<string, string> | undefined;
  const stats = { memoryHits: 0, diskHits: 0, computed: 0, ms: 0 };

  const section = (name: string): Through => {
    let through = sections.get(name);
    if (through) return through;
    const memory = new Map<string, string>();
    through = (key, compute) => {
      const start = performance.now();
      let value = memory.get(key);
      if (value !== undefined) stats.memoryHits++;
      else {
        const digest = createHash('sha256').update(`${version}\u0000${name}\u0000`).update(key).digest('base64url');
        value = (disk ??= read(file, version)).get(digest);
        if (value !== undefined) stats.diskHits++;
        else {
          value = compute();
          stats.computed++;
        }
        memory.set(key, value);
        used.set(digest, value);
      }
      stats.ms += performance.now() - start;
      return value;
    };
    sections.set(name, through);
    return through;
  };

  return {
    stats,
    through: section(''),
    section,
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
