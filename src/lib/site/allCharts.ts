import type { ChartModel } from '../charts/chartModel.ts';
import { townComparisonCharts } from '../charts/townComparisonCharts.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { SiteModel } from './siteModel.ts';
import { townTimelines } from './townView.ts';

/** The data page's charts: one per category, the towns side by side. */
export function comparisonCharts(model: SiteModel, l: Localizer): ChartModel[] {
  const towns = model.towns.map((t) => ({ slug: t.slug, name: l.t(t.data.name) }));
  return townComparisonCharts(model.records, towns, l);
}

/** Every chart of the site in one locale (data page and town pages): each gets downloads and an embed page. */
export function allCharts(model: SiteModel, l: Localizer): ChartModel[] {
  return [...comparisonCharts(model, l), ...model.towns.flatMap((town) => townTimelines(model, town, l))];
}
