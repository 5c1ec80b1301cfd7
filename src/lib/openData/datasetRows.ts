import { DATASET_CODEBOOK, type DatasetColumn, type LocalizedColumn, type PlainColumn } from '../../config/dataset.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { articlePath } from '../routes/paths.ts';
import type { ArticleSource, Located } from '../content/readContent.ts';
import type { Town } from '../schema/town.ts';
import type { TallyRecord } from '../tallies/tallyRecords.ts';

export type DatasetRow = Record<DatasetColumn, string | number | null>;

/** What the dataset is made of: the published figures, and their articles and towns by slug (as the site model has them). */
export interface DatasetSource {
  records: readonly TallyRecord[];
  articleBySlug: ReadonlyMap<string, ArticleSource>;
  townBySlug: ReadonlyMap<string, Located<Town>>;
}

/**
 * One row per published figure with every locale's labels, the verbatim quote and where to check it: the open
 * dataset. `localizers`: one per locale, in the locale list's order.
 */
export function datasetRows(model: DatasetSource, localizers: readonly Localizer[]): DatasetRow[] {
  return model.records.map((record) => {
    const article = model.articleBySlug.get(record.article)!;
    const town = model.townBySlug.get(record.town);
    const plain: Record<PlainColumn, string | number | null> = {
      article: record.article,
      id: record.id,
      town: record.town,
      category: record.category,
      kind: record.kind,
      quantity: record.quantity,
      quantity_max: record.quantityMax ?? null,
      qualifier: record.qualifier,
      date: record.date ?? null,
      part_of: record.partOf ?? null,
      cumulative: record.cumulative ? 'true' : null,
      quote: record.quote,
      quote_script: article.data.script,
      source_url: article.data.source.url ?? null,
    };
    const localized = (l: Localizer): Record<LocalizedColumn, string | null> => ({
      town_name: town ? l.t(town.data.name) : null,
      category: l.category(record.category),
      kind: l.kind(record.kind),
      unit: l.unit(record.unitId),
      item: record.item === undefined ? null : l.t(record.item),
      place: record.place === undefined ? null : l.t(record.place),
      article_title: l.t(article.data.title, article.data.script),
      article_url: l.url(articlePath(record.article)),
      per: record.per === undefined ? null : l.t(record.per),
    });
    const values = new Map(localizers.map((l) => [l.locale.id, localized(l)]));
    return Object.fromEntries(
      DATASET_CODEBOOK.map(({ column, meaning, locale }) => [
        column,
        locale ? values.get(locale.id)![meaning as LocalizedColumn] : plain[meaning as PlainColumn],
      ]),
    ) as DatasetRow;
  });
}
