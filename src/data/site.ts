/**
 * The build's one entry to the content: reads and validates it once, makes the one script converter, and hands
 * pages a localizer per locale. Pages import from here; everything else lives in src/lib/.
 */
import { join, relative } from 'node:path';
import { LOCALES, type Locale } from '../config/locales.ts';
import { buildNow, contentDir } from '../config/build.ts';
import { checkContent } from '../lib/content/checkContent.ts';
import { ContentError } from '../lib/content/problem.ts';
import { toScript } from '../lib/script/toScript.ts';
import { toScriptHtml } from '../lib/script/toScriptHtml.ts';
import { createLocalizer, type Localizer } from '../lib/site/localizer.ts';
import { siteModel, type SiteModel } from '../lib/site/siteModel.ts';
import { gitHistory } from '../lib/history/gitHistory.ts';

// GONGSHI_CONTENT_DIR, else ./content, relative to the project root (where astro runs).
export const CONTENT_DIR = contentDir();

export interface Site {
  model: SiteModel;
  localizer(locale: Locale): Localizer;
}

// The integration (loaded with astro.config) and the pages (bundled by Vite) get separate copies of this module
// in one process: keep the site on globalThis so the content is read, checked and converted once per build.
const KEY = Symbol.for('gongshi.site');
const store = globalThis as typeof globalThis & { [KEY]?: Site };

export function getSite(): Site {
  const cached = store[KEY];
  if (cached) return cached;
  const { content, problems, converter } = checkContent(CONTENT_DIR);
  if (problems.length) throw new ContentError(problems);

  const convert = {
    text: (text: string, locale: Locale) => toScript(text, locale.script, converter),
    html: (html: string, locale: Locale) => toScriptHtml(html, locale.script, converter),
  };
  const localizers = new Map(LOCALES.map((locale) => [locale.id, createLocalizer(locale, convert)]));
  // History is keyed by path inside the content folder; problems and the model name files from the project root.
  const history = gitHistory(CONTENT_DIR);
  const byFile =
    history && new Map([...history].map(([file, commits]) => [relative('.', join(CONTENT_DIR, file)), commits]));
  const site: Site = {
    model: siteModel(content, buildNow(), byFile),
    localizer: (locale) => localizers.get(locale.id)!,
  };
  store[KEY] = site;
  return site;
}
