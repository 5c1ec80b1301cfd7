/**
 * The build's one entry to the content: reads and validates it once, makes the one script converter, and hands
 * pages a localizer per locale and the views they show, each computed once per build. Pages import from here;
 * everything else lives in src/lib/.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LOCALES, type Locale, type Script } from '../config/locales.ts';
import { buildNow, contentDir } from '../config/build.ts';
import { checkContent } from '../lib/content/checkContent.ts';
import { ContentError } from '../lib/content/problem.ts';
import type { ArticleSource, Located } from '../lib/content/readContent.ts';
import type { Town } from '../lib/schema/town.ts';
import { openDiskCache, type DiskCache } from '../build/diskCache.ts';
import { detectScript, type ScriptDetection } from '../lib/conversion/detectScript.ts';
import { toScript } from '../lib/conversion/toScript.ts';
import { toScriptHtml } from '../lib/conversion/toScriptHtml.ts';
import type { ChartModel } from '../lib/charts/chartModel.ts';
import { chartsComparing } from '../lib/charts/chartsComparing.ts';
import { createLocalizer, type Convert, type Localizer } from '../lib/i18n/localizer.ts';
import { memoize } from '../build/memoize.ts';
import {
  articleView,
  comparisonCharts,
  siteModel,
  totalViews,
  townView,
  type ArticleView,
  type SiteModel,
  type TotalView,
  type TownView,
} from '../lib/site/siteModel.ts';
import { gitHistory } from '../lib/history/gitHistory.ts';
import { qrCode, qrSvg, type QrCode } from '../lib/share/qrSvg.ts';
import { sourceLinks } from '../lib/site/sourceLinks.ts';
import { articlePath, townPath } from '../lib/routes/paths.ts';

// GONGSHI_CONTENT_DIR, else ./content, relative to the project root (where astro runs).
export const CONTENT_DIR = contentDir();

export interface Site {
  model: SiteModel;
  localizer(locale: Locale): Localizer;
  articleView(article: ArticleSource, locale: Locale): ArticleView;
  /** Articles related to this one (same town, same categories), best first. */
  relatedViews(article: ArticleSource, locale: Locale): ArticleView[];
  townView(town: Located<Town>, locale: Locale): TownView;
  totalViews(locale: Locale): TotalView[];
  comparisonCharts(locale: Locale): ChartModel[];
  /** The articles a chart's figures come from, newest first (see sourceLinks). */
  chartSources(chart: ChartModel, locale: Locale): ReturnType<typeof sourceLinks>;
  /** The data page's comparisons in which this town and another have a figure. */
  townComparisons(town: Located<Town>, locale: Locale): ChartModel[];
  /** The pages with a share panel, and so a QR code, after the locale: every article and town. */
  sharedPaths(): string[];
  /** A page's QR code, labelled: the code is drawn once per URL and kept across builds, the label is not kept. */
  qrSvg(url: string, label: string): string;
  /** Results kept across builds; the build saves them when it is done. */
  caches: { yamlValues: DiskCache; detections: DiskCache; conversions: DiskCache; qrCodes: DiskCache };
  /** Time the content check spent detecting scripts (conversion work, for the benchmark). */
  scriptCheckMs: number;
  /**
   * Every text the pages showed in both scripts so far, as [Simplified, Traditional]: each is converted for both
   * locales, so once the pages are built this is the site's own text, paired (what the search character map learns).
   */
  shownInBothScripts(): Iterable<readonly [hans: string, hant: string]>;
}

// The integration (loaded with astro.config) and the pages (bundled by Vite) get separate copies of this module
// in one process: keep the site on globalThis so the content is read, checked and converted once per build.
const KEY = Symbol.for('gongshi.site');
const store = globalThis as typeof globalThis & { [KEY]?: Site };

/**
 * `cacheDir`: where YAML values, detections, conversions and QR codes persist across builds; only the first call's
 * options count.
 */
export function getSite(options: { cacheDir?: string } = {}): Site {
  const cached = store[KEY];
  if (cached) return cached;
  const cacheFile = (name: string) => options.cacheDir && join(options.cacheDir, name);
  // Detection does not use the glossary, so its cache is open before the glossary is read.
  const detections = openDiskCache(cacheFile('gongshi-detections.json'), converterVersion().digest('base64url'));
  const yamlValues = openDiskCache(cacheFile('gongshi-yaml.json'), yamlVersion());
  const { content, problems, converter, scriptCheckMs } = checkContent(CONTENT_DIR, {
    rememberYaml: yamlValues.through,
    detect: (text, converter) =>
      JSON.parse(detections.through(text, () => JSON.stringify(detectScript(text, converter)))) as ScriptDetection,
  });
  if (problems.length) throw new ContentError(problems);

  const conversions = openDiskCache(
    cacheFile('gongshi-conversions.json'),
    converterVersion().update(JSON.stringify(content.glossary)).digest('base64url'),
  );
  const qrCodes = openDiskCache(cacheFile('gongshi-qr-codes.json'), qrVersion());
  // Pages ask for the same texts thousands of times (interface text, titles on cards): a Map per kind, script and
  // source script, keyed by the text itself, answers without building the disk cache's composite key.
  const remembered = new Map<string, Map<string, string>>();
  /** `convertText` (plain text or an article body's HTML), remembered in this build and, by the disk cache, across. */
  const remembering =
    (kind: 't' | 'h', convertText: typeof toScript) =>
    (text: string, locale: Locale, from?: Script): string => {
      const bucket = `${kind}\u0000${locale.script}\u0000${from ?? ''}`;
      let results = remembered.get(bucket);
      if (!results) remembered.set(bucket, (results = new Map()));
      let result = results.get(text);
      if (result === undefined) {
        result = conversions.through(`${bucket}\u0000${text}`, () => convertText(text, locale.script, converter, from));
        results.set(text, result);
      }
      return result;
    };
  const convert: Convert = { text: remembering('t', toScript), html: remembering('h', toScriptHtml) };
  const localizers = new Map(LOCALES.map((locale) => [locale.id, createLocalizer(locale, convert)]));
  const localizer = (locale: Locale) => localizers.get(locale.id)!;
  // History is keyed by path inside the content folder; problems and the model name files from the project root.
  const history = gitHistory(CONTENT_DIR);
  const byFile =
    history && new Map([...history].map(([file, commits]) => [relative('.', join(CONTENT_DIR, file)), commits]));
  const model = siteModel(content, buildNow(), byFile);
  // Several pages show the same views (an article's card on the home, its town and its own page): compute each once.
  const site: Site = {
    model,
    localizer,
    articleView: memoize(
      (article: ArticleSource, locale: Locale) => articleView(model, article, localizer(locale)),
      (article, locale) => `${locale.id}/${article.slug}`,
    ),
    relatedViews: (article, locale) =>
      (model.related.get(article.slug) ?? []).map((slug) => site.articleView(model.articleBySlug.get(slug)!, locale)),
    townView: memoize(
      (town: Located<Town>, locale: Locale) => townView(model, town, localizer(locale), site.articleView),
      (town, locale) => `${locale.id}/${town.slug}`,
    ),
    totalViews: memoize(
      (locale: Locale) => totalViews(model.records, localizer(locale)),
      (locale) => locale.id,
    ),
    comparisonCharts: memoize(
      (locale: Locale) => comparisonCharts(model, localizer(locale)),
      (locale) => locale.id,
    ),
    // A chart shows on its town or data page and on its embed page, in each script: sort its sources once.
    chartSources: memoize(
      (chart: ChartModel, locale: Locale) => sourceLinks(model, chart.sources, localizer(locale)),
      (chart, locale) => `${locale.id}/${chart.id}`,
    ),
    townComparisons: (town, locale) => chartsComparing(site.comparisonCharts(locale), model.towns.indexOf(town)),
    sharedPaths: () => [
      ...model.articles.map((article) => articlePath(article.slug)),
      ...model.towns.map((town) => townPath(town.slug)),
    ],
    // Choosing the QR mask costs more than anything else per page: draw each URL's code once, ever.
    qrSvg: (url, label) => qrSvg(JSON.parse(qrCodes.through(url, () => JSON.stringify(qrCode(url)))) as QrCode, label),
    caches: { yamlValues, detections, conversions, qrCodes },
    scriptCheckMs,
    *shownInBothScripts() {
      for (const [bucket, toHans] of remembered) {
        const [kind, script, from] = bucket.split('\u0000');
        if (script !== 'hans') continue;
        const toHant = remembered.get([kind, 'hant', from].join('\u0000'));
        for (const [text, hans] of toHans) {
          const hant = toHant?.get(text);
          if (hant !== undefined) yield [hans, hant] as const;
        }
      }
    },
  };
  store[KEY] = site;
  return site;
}

/**
 * Everything besides the text that decides a conversion or detection: our converter code and OpenCC's version
 * (conversions add the glossary).
 */
function converterVersion(): Hash {
  const hash = createHash('sha256');
  const codeDir = resolve('src/lib/conversion');
  for (const name of readdirSync(codeDir).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(readFileSync(join(codeDir, name)));
  }
  hash.update(readFileSync(resolve('src/config/locales.ts')));
  return hash.update(JSON.parse(readFileSync(resolve('node_modules/opencc-js/package.json'), 'utf8')).version);
}

/** Everything besides the text that decides a YAML file's value: our parsing code and the parser's version. */
function yamlVersion(): string {
  return createHash('sha256')
    .update(readFileSync(resolve('src/lib/content/parseYamlFile.ts')))
    .update(JSON.parse(readFileSync(resolve('node_modules/yaml/package.json'), 'utf8')).version)
    .digest('base64url');
}

/** Everything besides the URL and label that decides a QR code: our drawing code and the encoder's version. */
function qrVersion(): string {
  return createHash('sha256')
    .update(readFileSync(resolve('src/lib/share/qrSvg.ts')))
    .update(JSON.parse(readFileSync(resolve('node_modules/qrcode/package.json'), 'utf8')).version)
    .digest('base64url');
}
