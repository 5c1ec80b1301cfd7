import { LOCALES, type Locale } from './locales.ts';

/**
 * The columns of the open dataset (data/tallies.csv and data/tallies.json), in order. Names are stable: people
 * build spreadsheets and scripts on them, so add columns at the end and never rename one. A localized column has
 * one column per locale, named with the locale's suffix (`town_name_hans`, `town_name_hant`). Each column is
 * described on the codebook page (text in src/i18n/ui.ts under `column.<name>`, localized ones under
 * `localizedColumn.<name>` with the locale's name filled in as `{locale}`).
 */
const COLUMNS = [
  'article',
  'id',
  'town',
  { localized: 'town_name' },
  'category',
  { localized: 'category' },
  'kind',
  { localized: 'kind' },
  'quantity',
  'quantity_max',
  'qualifier',
  { localized: 'unit' },
  { localized: 'item' },
  'date',
  { localized: 'place' },
  'part_of',
  'cumulative',
  'quote',
  'quote_script',
  { localized: 'article_title' },
  { localized: 'article_url' },
  'source_url',
  // A rate (每天300只): the quantity is per this, never a total.
  { localized: 'per' },
] as const;

export type LocalizedColumn = Extract<(typeof COLUMNS)[number], object>['localized'];
export type PlainColumn = Extract<(typeof COLUMNS)[number], string>;
export type DatasetColumn = PlainColumn | `${LocalizedColumn}_${string}`;

/** A locale's column of a localized one: its id without the language (`town_name_hant`, `town_name_hk`). */
function localizedColumn(name: LocalizedColumn, locale: Pick<Locale, 'id'>): DatasetColumn {
  return `${name}_${locale.id.replace(/^zh-/, '').replaceAll('-', '_')}`;
}

/** The codebook's row for a column: its name, and what says what it holds (ui key, and the locale it is in). */
export type CodebookEntry =
  | { column: DatasetColumn; meaning: PlainColumn; locale?: undefined }
  | { column: DatasetColumn; meaning: LocalizedColumn; locale: Locale };

export const DATASET_CODEBOOK: readonly CodebookEntry[] = COLUMNS.flatMap((column): CodebookEntry[] =>
  typeof column === 'string'
    ? [{ column, meaning: column }]
    : LOCALES.map((locale) => ({
        column: localizedColumn(column.localized, locale),
        meaning: column.localized,
        locale,
      })),
);

/** Every column, in order, for the site's locales. */
export const DATASET_COLUMNS: readonly DatasetColumn[] = DATASET_CODEBOOK.map((entry) => entry.column);
