import { DATASET_COLUMNS } from '../../config/dataset.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { datasetRows, type DatasetRow, type DatasetSource } from './datasetRows.ts';

/** The whole open dataset, as rows for data/tallies.csv (header first) and objects for data/tallies.json. */
export function openDataset(
  model: DatasetSource,
  localizers: readonly Localizer[],
): { table: (string | number | null)[][]; records: DatasetRow[] } {
  const records = datasetRows(model, localizers);
  return { table: [[...DATASET_COLUMNS], ...records.map((r) => DATASET_COLUMNS.map((c) => r[c]))], records };
}
