import type { ChartModel } from '../charts/chartModel.ts';
import { escapeAttribute } from '../conversion/escapeHtml.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { chartData } from '../openData/chartData.ts';
import { articlePath, embedPath } from '../routes/paths.ts';
import type { SiteModel } from './siteModel.ts';
import { sourceLinks } from './sourceLinks.ts';

/** A chart with everything its figure shows besides the numbers: where its figures come from, its links, its data. */
export interface ChartView extends ChartModel {
  /** The newest source articles (title and link) and how many there are. */
  sourceLinks: { links: { title: string; href: string }[]; total: number };
  /** What `<figure data-chart>` carries, as JSON: the numbers the canvas draws and the downloads hold (chartData). */
  data: string;
  /** The chart on its page. */
  permalink: string;
  /** The HTML another site pastes to show the chart (its embed page in an iframe). */
  embedSnippet: string;
}

export function chartView(chart: ChartModel, model: Pick<SiteModel, 'articleBySlug'>, l: Localizer): ChartView {
  const sources = sourceLinks(model, chart.sources, l);
  return {
    ...chart,
    sourceLinks: {
      links: sources.links.map((link) => ({ title: link.title, href: l.href(articlePath(link.slug)) })),
      total: sources.total,
    },
    data: JSON.stringify(chartData(chart, sources)),
    permalink: `${l.href(chart.page)}#${chart.id}`,
    embedSnippet: `<iframe src="${escapeAttribute(l.url(embedPath(chart.id)))}" title="${escapeAttribute(chart.title)}" width="100%" height="480" loading="lazy"></iframe>`,
  };
}
