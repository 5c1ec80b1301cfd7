/**
 * The build's one entry to the content: reads and validates it once, makes the one script converter, and hands
 * pages a localizer per locale. Pages import from here; everything else lives in src/lib/.
 */
import { resolve } from 'node:path';
import { LOCALES, type Locale } from '../config/locales.ts';
import { readContent } from '../lib/content/readContent.ts';
import { checkReferences } from '../lib/content/checkReferences.ts';
import { ContentError } from '../lib/content/problem.ts';
import { createConverter } from '../lib/script/createConverter.ts';
import { toScript } from '../lib/script/toScript.ts';
import { toScriptHtml } from '../lib/script/toScriptHtml.ts';
import { createLocalizer, type Localizer } from '../lib/site/localizer.ts';
import { siteModel, type SiteModel } from '../lib/site/siteModel.ts';

// Relative to the project root (where astro runs): this module is bundled, so its own URL moves at build time.
export const CONTENT_DIR = resolve('content');

export interface Site {
  model: SiteModel;
  localizer(locale: Locale): Localizer;
}

let site: Site | undefined;

export function getSite(): Site {
  if (site) return site;
  const { content, problems } = readContent(CONTENT_DIR);
  problems.push(...checkReferences(content));
  if (problems.length) throw new ContentError(problems);

  const converter = createConverter(content.glossary);
  const convert = {
    text: (text: string, locale: Locale) => toScript(text, locale.script, converter),
    html: (html: string, locale: Locale) => toScriptHtml(html, locale.script, converter),
  };
  const localizers = new Map(LOCALES.map((locale) => [locale.id, createLocalizer(locale, convert)]));
  site = { model: siteModel(content), localizer: (locale) => localizers.get(locale.id)! };
  return site;
}
