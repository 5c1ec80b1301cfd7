import type { ChartModel } from '../charts/chartModel.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { comparisonCharts, townView, type SiteModel } from './siteModel.ts';

/** Every chart of the site in one locale (data page and town pages): each gets downloads and an embed page. */
export function allCharts(model: SiteModel, l: Localizer): ChartModel[] {
  return [...comparisonCharts(model, l), ...model.towns.flatMap((town) => townView(model, town, l).timelines)];
}
