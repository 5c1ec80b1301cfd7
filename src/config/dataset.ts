/**
 * The columns of the open dataset (data/tallies.csv and data/tallies.json), in order. Names are stable: people
 * build spreadsheets and scripts on them, so add columns at the end and never rename one. Each column is
 * described on the codebook page (text in src/i18n/ui.ts under `column.<name>`).
 */
export const DATASET_COLUMNS = [
  'article',
  'id',
  'town',
  'town_name_hans',
  'town_name_hant',
  'category',
  'category_hans',
  'category_hant',
  'kind',
  'kind_hans',
  'kind_hant',
  'quantity',
  'quantity_max',
  'qualifier',
  'unit_hans',
  'unit_hant',
  'item_hans',
  'item_hant',
  'date',
  'place_hans',
  'place_hant',
  'part_of',
  'cumulative',
  'quote',
  'quote_script',
  'article_title_hans',
  'article_title_hant',
  'article_url_hans',
  'article_url_hant',
  'source_url',
] as const;

export type DatasetColumn = (typeof DATASET_COLUMNS)[number];
