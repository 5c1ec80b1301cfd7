// `npm run bench -- --articles 2000 [--runs 3] [--lighthouse] [--profile]`: generates articles into .bench/,
// builds the site as `npm run build` does (search index included) and, for comparison in the same run, a bare Astro
// project over the same Markdown and the remark floor; prints times, peak memory, ratios and the targets they meet
// or miss.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { availableParallelism, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { addArticle, articleSlug, generateContent } from './bench/generateContent.ts';
import { runMeasured, type Measured } from './bench/runMeasured.ts';
import { writeBareProject } from './bench/writeBareProject.ts';
import { setAside } from './bench/setAside.ts';
import { parseBuildStats } from '../src/build/buildStats.ts';
import { lighthouseScores } from './bench/lighthouseScores.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '1' },
    lighthouse: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const count = Number(args.articles);
const runs = Number(args.runs);
const root = resolve(import.meta.dirname, '..');
const work = join(root, '.bench', String(count));
const content = join(work, 'content');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GONGSHI_CONTENT_DIR: content };
/** Folders the bench no longer needs: deleted only after the last measurement (see setAside). */
const trash = join(root, '.bench', 'trash');

setAside(work, trash);
const start = performance.now();
// The seed articles' copy, not content/: the office's content changes, and the bench must stay comparable.
generateContent(content, count, join(root, 'tests/fixtures/seed-content'));
writeBareProject(join(work, 'bare'), join(content, 'articles'));
console.log(`Generated ${count} articles in ${Math.round(performance.now() - start)} ms: ${content}`);

interface Build extends Measured {
  pages: number;
  /** Conversion on the build's path (the build's stats line: src/build/buildStats.ts). */
  conversionMs?: number;
  converted?: number;
  /** Conversion on the second thread (cold builds only: src/build/warmCaches.ts). */
  secondThreadMs?: number;
  /** Indexing the built pages for search, part of the build. */
  searchIndexMs?: number;
  /** Astro's own count of its page generation (the rest of the build is start-up, content sync and bundling). */
  generationMs?: number;
}

/** Astro's "generating static routes … ✓ Completed in 5.57s." (or "in 512ms"), in ms. */
function generationMs(output: string): number | undefined {
  const found = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)\./.exec(stripVTControlCharacters(output));
  return found ? Number(found[1]) * (found[2] === 's' ? 1000 : 1) : undefined;
}

function astroBuild(project: string, name: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Build> {
  const outDir = join(work, `dist-${name}`);
  const builder = join(root, 'scripts/bench/astroBuild.ts');
  // Astro would empty outDir first: deleting the last build's thousands of files (and Pagefind's) is disk work
  // that is not the build's, and it slows the writes that follow it, so the last output is moved aside instead.
  setAside(outDir, trash);
  return runMeasured(process.execPath, [builder, project, outDir, join(work, `cache-${name}`)], {
    cwd: project,
    env: { ...env, ...extraEnv },
  }).then((m) => {
    const stats = parseBuildStats(stripVTControlCharacters(m.output));
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
    return {
      ...m,
      pages,
      // What the build's thread spent converting, and waiting for the second thread's conversion (cold builds).
      conversionMs: stats && stats.conversionMs + stats.waitedForSecondThreadMs,
      secondThreadMs: stats?.secondThreadScriptCheckMs,
      converted: stats?.converted,
      searchIndexMs: stats?.searchIndexMs,
      generationMs: generationMs(m.output),
    };
  });
}

const results = new Map<string, Build[]>();
const record = (step: string, result: Build) => {
  results.set(step, [...(results.get(step) ?? []), result]);
  const conversion =
    result.conversionMs === undefined
      ? ''
      : `, conversion ${result.conversionMs} ms (${result.converted} texts) + ${result.secondThreadMs} ms on the second thread, search index ${result.searchIndexMs} ms`;
  console.log(
    `  ${step}: ${seconds(result.ms)} s, ${result.pages} pages, peak ${gib(result.peakBytes)} GiB${conversion}`,
  );
};
const clearCache = (name: string) => setAside(join(work, `cache-${name}`), trash);
const profileEnv = (name: string) =>
  args.profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${join(work, 'profiles', name)}` } : {};

for (let run = 1; run <= runs; run++) {
  console.log(`Run ${run} of ${runs}`);
  // Cold: no Astro content cache, no conversion cache (a fresh clone). Warm: both kept from the build before.
  clearCache('site');
  record('site cold', await astroBuild(root, 'site'));
  record('site warm', await astroBuild(root, 'site', profileEnv('site-warm')));
  // Warm Astro cache but no conversion cache: what the conversion cache saves.
  for (const file of ['gongshi-conversions.json', 'gongshi-detections.json']) rmSync(join(work, 'cache-site', file));
  record('site warm, no conversion cache', await astroBuild(root, 'site'));
  // The office adds an article: only the search shards holding a changed page are indexed again. Removed before the bare
  // builds, which read the same articles.
  const added = addArticle(content);
  record('site warm, one article added', await astroBuild(root, 'site'));
  rmSync(added);
  clearCache('bare');
  record('bare cold', await astroBuild(join(work, 'bare'), 'bare'));
  record('bare warm', await astroBuild(join(work, 'bare'), 'bare', profileEnv('bare-warm')));

  const floor = await runMeasured(process.execPath, [
    join(root, 'scripts/bench/remarkFloor.ts'),
    join(content, 'articles'),
  ]);
  record('remark floor', { ...floor, ms: Number(/remark-floor ms=(\d+)/.exec(floor.output)![1]), pages: count });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const med = (step: string, pick: (b: Build) => number = (b) => b.ms) => median(results.get(step)!.map(pick));
/** Ratio of two steps, taken within each run and then the median: both sides saw the same machine load. */
const ratio = (a: string, b: string, pick: (x: Build) => number = (x) => x.ms) =>
  median(results.get(a)!.map((x, i) => pick(x) / results.get(b)![i]!.ms));

/** The median of a figure only some steps have (Astro builds, the site's), in seconds; blank for the others. */
const medSeconds = (step: string, field: 'generationMs' | 'conversionMs' | 'searchIndexMs') =>
  results.get(step)![0]![field] === undefined ? '' : seconds(med(step, (b) => b[field]!));

console.log(`\n${count} articles × 2 scripts, ${runs} run(s), medians; node ${process.version}, ${cpuInfo()}`);
console.table(
  Object.fromEntries(
    [...results.keys()].map((step) => [
      step,
      {
        'time (s)': seconds(med(step)),
        pages: med(step, (b) => b.pages),
        'ms/page':
          step.startsWith('site') || step.startsWith('bare') ? (med(step) / med(step, (b) => b.pages)).toFixed(2) : '',
        'pages generated (s)': medSeconds(step, 'generationMs'),
        'peak memory (GiB)': gib(med(step, (b) => b.peakBytes)),
        'conversion (s)': medSeconds(step, 'conversionMs'),
        'search index (s)': medSeconds(step, 'searchIndexMs'),
      },
    ]),
  ),
);

const conversionShare = (step: string) => ratio(step, step, (b) => b.conversionMs!);
/** A build's time without its search indexing, which the bare Astro build has no part like. */
const withoutSearch = (b: Build) => b.ms - (b.searchIndexMs ?? 0);
/** The search index's share of a build (its time is part of the build's). */
const searchShare = (step: string) => ratio(step, step, (b) => b.searchIndexMs!);
/**
 * What conversion costs the build in wall-clock time, whichever thread does it: the build without the conversion
 * and detection caches less the build with them (the same Astro cache), as a share of the former. The second
 * thread shares the machine's cores with Astro's own threads, and every thread slows the others a little.
 */
const conversionWallClock = median(
  results
    .get('site warm, no conversion cache')!
    .map((uncached, i) => (uncached.ms - results.get('site warm')![i]!.ms) / uncached.ms),
);
/** Page generation alone (Astro's own count), site ÷ bare, warm: the rest of the build is start-up and bundling. */
const generationRatio = median(
  results.get('site warm')!.map((site, i) => site.generationMs! / results.get('bare warm')![i]!.generationMs!),
);
const targets = [
  ['build (search index aside) ÷ bare Astro build, warm', ratio('site warm', 'bare warm', withoutSearch), 1.3],
  ['  page generation alone, warm', generationRatio, undefined],
  ['build (search index aside) ÷ bare Astro build, cold', ratio('site cold', 'bare cold', withoutSearch), 1.3],
  ['conversion share of build, warm (cached)', conversionShare('site warm'), 0.05],
  [
    'conversion share, no conversion cache: on the build thread',
    conversionShare('site warm, no conversion cache'),
    0.05,
  ],
  ['conversion share, cold: on the build thread', conversionShare('site cold'), 0.05],
  ['conversion, wall clock: uncached − cached build', conversionWallClock, 0.05],
  ['search indexing share of build, cold', searchShare('site cold'), 0.5],
  ['search indexing share of build, warm (unchanged shards from the cache)', searchShare('site warm'), 0.5],
  ['search indexing share of build, one article added', searchShare('site warm, one article added'), 0.5],
  ['bare Astro build ÷ remark floor (warm)', ratio('bare warm', 'remark floor'), undefined],
] as const;
console.table(
  Object.fromEntries(
    targets.map(([name, value, target]) => [
      name,
      {
        ratio: value.toFixed(3),
        target: target ?? '',
        met: target === undefined ? '' : value <= target ? 'yes' : 'NO',
      },
    ]),
  ),
);
const peak = Math.max(
  ...['site cold', 'site warm', 'site warm, no conversion cache'].map((s) => med(s, (b) => b.peakBytes)),
);
const pages = med('site cold', (b) => b.pages);
console.log(`Peak memory of the site build (${pages} pages, search index included): ${gib(peak)} GiB`);

console.log('\nPage weight at this size (HTML, gzip; CSS and scripts are the same files as in the small site):');
console.table(pageWeights(join(work, 'dist-site')));

if (args.lighthouse) {
  console.log('\nLighthouse (mobile) on the generated site:');
  console.table(
    await lighthouseScores(join(work, 'dist-site'), [
      'zh-hans/',
      `zh-hans/articles/${articleSlug(1)}/`,
      'zh-hans/data/',
    ]),
  );
}

rmSync(trash, { recursive: true, force: true });

/** Gzipped HTML of each page type: the largest page of the type, and the median where there are many. */
function pageWeights(dist: string) {
  const kb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;
  const pagesIn = (dir: string) =>
    readdirSync(join(dist, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .map((f) => kb(join(dir, f)))
      .sort((a, b) => a - b);
  const types = {
    home: ['zh-hans/index.html'],
    article: 'zh-hans/articles',
    town: 'zh-hans/towns',
    data: ['zh-hans/data/index.html'],
    search: ['zh-hans/search/index.html'],
    embed: 'zh-hans/embed',
  };
  return Object.fromEntries(
    Object.entries(types).map(([type, where]) => {
      const sizes = typeof where === 'string' ? pagesIn(where) : where.map(kb);
      return [type, { 'median (KB)': median(sizes).toFixed(1), 'largest (KB)': sizes.at(-1)!.toFixed(1) }];
    }),
  );
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}
function gib(bytes: number): string {
  return (bytes / 2 ** 30).toFixed(2);
}
function cpuInfo(): string {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  return `${model}, ${availableParallelism()} cores, ${gib(totalmem())} GiB`;
}
