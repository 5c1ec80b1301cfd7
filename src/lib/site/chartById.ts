import type { ChartModel } from '../charts/chartModel.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { allCharts } from './allCharts.ts';
import type { SiteModel } from './siteModel.ts';

const charts = new WeakMap<SiteModel, Map<string, Map<string, ChartModel>>>();

/** A chart of the site in `l`'s locale, by id, for an article that shows it: made once per model and locale. */
export function chartById(model: SiteModel, l: Localizer, id: string): ChartModel | undefined {
  let byLocale = charts.get(model);
  if (!byLocale) charts.set(model, (byLocale = new Map()));
  let byId = byLocale.get(l.locale.id);
  if (!byId) byLocale.set(l.locale.id, (byId = new Map(allCharts(model, l).map((chart) => [chart.id, chart]))));
  return byId.get(id);
}
