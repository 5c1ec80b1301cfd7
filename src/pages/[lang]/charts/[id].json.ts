import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site';
import { allCharts } from '../../../lib/site/allCharts';
import { chartPaths } from '../../../lib/site/chartPaths';
import { chartData } from '../../../lib/data/chartData';
import type { ChartModel } from '../../../lib/charts/chartModel';
import type { Localizer } from '../../../lib/i18n/localizer';

export function getStaticPaths() {
  const { model, localizer } = getSite();
  return chartPaths((l) => allCharts(model, l), localizer);
}

export const GET: APIRoute<{ chart: ChartModel; l: Localizer }> = ({ props: { chart, l } }) =>
  new Response(JSON.stringify(chartData(chart, l.ui('chart.asShown')).json, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json' },
  });
