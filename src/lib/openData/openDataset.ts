import { DATASET_COLUMNS } from '../../config/dataset.ts';
import { localeByScript, type Locale } from '../../config/locales.ts';
import { datasetRows, type DatasetRow } from './datasetRows.ts';
import { articlePath, localizedPath } from '../routes/paths.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { SiteModel } from '../site/siteModel.ts';

/** The whole open dataset, as rows for data/tallies.csv (header first) and objects for data/tallies.json. */
export function openDataset(
  model: SiteModel,
  localizer: (locale: Locale) => Localizer,
  base: string,
  site: URL | undefined,
): { table: (string | number | null)[][]; records: DatasetRow[] } {
  const hans = localizer(localeByScript('hans'));
  const hant = localizer(localeByScript('hant'));
  const records = datasetRows(
    model,
    { hans, hant },
    (slug, script) => new URL(localizedPath(base, localeByScript(script), articlePath(slug)), site).href,
  );
  return { table: [[...DATASET_COLUMNS], ...records.map((r) => DATASET_COLUMNS.map((c) => r[c]))], records };
}
