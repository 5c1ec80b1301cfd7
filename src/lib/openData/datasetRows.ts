import { UNITS } from '../../config/categories.ts';
import type { DatasetColumn } from '../../config/dataset.ts';
import type { Script } from '../../config/locales.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { SiteModel } from '../site/siteModel.ts';

export type DatasetRow = Record<DatasetColumn, string | number | null>;

/**
 * One row per published figure with both scripts' labels, the verbatim quote and where to check it: the open
 * dataset. `articleUrl` gives an article page's absolute URL in a script.
 */
export function datasetRows(
  model: SiteModel,
  l: Record<Script, Localizer>,
  articleUrl: (slug: string, script: Script) => string,
): DatasetRow[] {
  return model.records.map((record) => {
    const article = model.articleBySlug.get(record.article)!;
    const town = model.townBySlug.get(record.town);
    const both = (text: string | undefined, from?: Script) =>
      [text && l.hans.t(text, from), text && l.hant.t(text, from)] as const;
    const [townHans, townHant] = both(town?.data.name);
    const [itemHans, itemHant] = both(record.item);
    const [placeHans, placeHant] = both(record.place);
    const [titleHans, titleHant] = both(article.data.title, article.data.script);
    return {
      article: record.article,
      id: record.id,
      town: record.town,
      town_name_hans: townHans ?? null,
      town_name_hant: townHant ?? null,
      category: record.category,
      category_hans: l.hans.category(record.category),
      category_hant: l.hant.category(record.category),
      kind: record.kind,
      kind_hans: l.hans.kind(record.kind),
      kind_hant: l.hant.kind(record.kind),
      quantity: record.quantity,
      quantity_max: record.quantityMax ?? null,
      qualifier: record.qualifier,
      unit_hans: UNITS[record.unitId].hans,
      unit_hant: UNITS[record.unitId].hant,
      item_hans: itemHans ?? null,
      item_hant: itemHant ?? null,
      date: record.date ?? null,
      place_hans: placeHans ?? null,
      place_hant: placeHant ?? null,
      part_of: record.partOf ?? null,
      cumulative: record.cumulative ? 'true' : null,
      quote: record.quote,
      quote_script: article.data.script,
      article_title_hans: titleHans ?? null,
      article_title_hant: titleHant ?? null,
      article_url_hans: articleUrl(record.article, 'hans'),
      article_url_hant: articleUrl(record.article, 'hant'),
      source_url: article.data.source.url ?? null,
    };
  });
}
