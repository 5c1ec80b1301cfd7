import { CATEGORIES, KINDS } from '../../config/categories.ts';
import { UI } from '../../i18n/ui.ts';
import type { SiteModel } from './siteModel.ts';

/** Every text the site shows, as written (before conversion): what the search character map learns from. */
export function siteTexts(model: SiteModel): string[] {
  return [
    ...model.articles.flatMap((a) => [a.data.title, a.data.summary, a.body, ...a.data.tags]),
    ...model.towns.flatMap((t) => [t.data.name, t.data.county, t.data.province]),
    ...model.records.flatMap((r) => [r.item ?? '', r.place ?? '']),
    ...CATEGORIES.map((c) => c.label),
    ...KINDS.map((k) => k.label),
    ...Object.values(UI),
  ].filter(Boolean);
}
