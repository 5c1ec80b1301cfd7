/**
 * The build's one entry to the content: reads and validates it once, makes the one script converter, and hands
 * pages a localizer per locale and the views they show, each computed once per build. Pages import from here;
 * everything else lives in src/lib/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LOCALES, type Locale } from '../config/locales.ts';
import { buildNow, contentDir } from '../config/build.ts';
import { checkContent } from '../lib/content/checkContent.ts';
import { ContentError } from '../lib/content/problem.ts';
import type { ArticleSource, Located } from '../lib/content/readContent.ts';
import type { GlossaryEntry } from '../lib/schema/glossary.ts';
import type { Town } from '../lib/schema/town.ts';
import { openConversionCache, type ConversionCache } from '../lib/script/conversionCache.ts';
import { toScript } from '../lib/script/toScript.ts';
import { toScriptHtml } from '../lib/script/toScriptHtml.ts';
import type { ChartModel } from '../lib/charts/chartModel.ts';
import { chartsComparing } from '../lib/charts/chartsComparing.ts';
import { createLocalizer, type Localizer } from '../lib/i18n/localizer.ts';
import { memoize } from '../lib/site/memoize.ts';
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
  /** The data page's comparisons in which this town and another have a figure. */
  townComparisons(town: Located<Town>, locale: Locale): ChartModel[];
  conversions: ConversionCache;
}

// The integration (loaded with astro.config) and the pages (bundled by Vite) get separate copies of this module
// in one process: keep the site on globalThis so the content is read, checked and converted once per build.
const KEY = Symbol.for('gongshi.site');
const store = globalThis as typeof globalThis & { [KEY]?: Site };

/** `cacheFile`: where conversions persist across builds; only the first call's options count. */
export function getSite(options: { cacheFile?: string } = {}): Site {
  const cached = store[KEY];
  if (cached) return cached;
  const { content, problems, converter } = checkContent(CONTENT_DIR);
  if (problems.length) throw new ContentError(problems);

  const conversions = openConversionCache(options.cacheFile, conversionVersion(content.glossary));
  const convert = {
    text: (text: string, locale: Locale) =>
      conversions.through(`t\u0000${locale.script}\u0000${text}`, () => toScript(text, locale.script, converter)),
    html: (html: string, locale: Locale) =>
      conversions.through(`h\u0000${locale.script}\u0000${html}`, () => toScriptHtml(html, locale.script, converter)),
  };
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
    townComparisons: (town, locale) => chartsComparing(site.comparisonCharts(locale), model.towns.indexOf(town)),
    conversions,
  };
  store[KEY] = site;
  return site;
}

/** Everything besides the text that decides a conversion: the glossary, our converter code and OpenCC's version. */
function conversionVersion(glossary: GlossaryEntry[]): string {
  const hash = createHash('sha256').update(JSON.stringify(glossary));
  const codeDir = resolve('src/lib/script');
  for (const name of readdirSync(codeDir).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(readFileSync(join(codeDir, name)));
  }
  hash.update(readFileSync(resolve('src/config/locales.ts')));
  hash.update(JSON.parse(readFileSync(resolve('node_modules/opencc-js/package.json'), 'utf8')).version);
  return hash.digest('base64url');
}
