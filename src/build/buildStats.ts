/**
 * The build's figures, as one line the build prints and the benchmark and tests read back: one format and one
 * parser, so the two never drift apart.
 */
export interface BuildStats {
  /** Conversion on the build's path: every conversion the pages asked for (cache lookups included) and the check's script detection. */
  conversionMs: number;
  /** Texts converted by OpenCC in this build (the rest came from the caches). */
  converted: number;
  fromDiskCache: number;
  fromMemory: number;
  /** Of conversionMs, the content check's script detection. */
  scriptCheckMs: number;
  /** QR codes drawn on the build's thread (the rest came from the cache, or the second thread). */
  qrDrawn: number;
  /** The second thread's script detection (a cold build only: src/build/warmCaches.ts), and the build's wait for it. */
  secondThreadScriptCheckMs: number;
  waitedForSecondThreadMs: number;
  /** Indexing the pages for search (Pagefind). */
  searchIndexMs: number;
  /** Search index shards, and how many of them were unchanged since the last build. */
  searchShards: number;
  searchShardsReused: number;
}

const PREFIX = 'build stats';
const FIELDS = [
  'conversionMs',
  'converted',
  'fromDiskCache',
  'fromMemory',
  'scriptCheckMs',
  'qrDrawn',
  'secondThreadScriptCheckMs',
  'waitedForSecondThreadMs',
  'searchIndexMs',
  'searchShards',
  'searchShardsReused',
] as const satisfies readonly (keyof BuildStats)[];

/** `build stats conversionMs=812 converted=40 …`: whole numbers, in a fixed order. */
export function formatBuildStats(stats: BuildStats): string {
  return `${PREFIX} ${FIELDS.map((field) => `${field}=${Math.round(stats[field])}`).join(' ')}`;
}

/** The stats line in a build's output, if it has one (the last, should it have several). */
export function parseBuildStats(output: string): BuildStats | undefined {
  const found = output.split('\n').findLast((text) => text.includes(`${PREFIX} `));
  if (!found) return undefined;
  const values = new Map([...found.matchAll(/(\w+)=(\d+)/g)].map(([, name, value]) => [name!, Number(value)] as const));
  if (FIELDS.some((field) => !values.has(field))) return undefined;
  return Object.fromEntries(FIELDS.map((field) => [field, values.get(field)!])) as unknown as BuildStats;
}
