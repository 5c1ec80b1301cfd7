import { CATEGORIES } from '../../config/categories.ts';
import { OFFICE } from '../../consts.ts';
import { timelineChart } from '../charts/timelineChart.ts';
import type { ArticleSource, Located } from '../content/readContent.ts';
import { pageHistory } from '../history/pageHistory.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { townPath } from '../routes/paths.ts';
import type { Town } from '../schema/town.ts';
import { timelines } from '../tallies/timeline.ts';
import type { ArticleView } from './articleView.ts';
import { chartView, type ChartView } from './chartView.ts';
import { figureRows, type FigureRow } from './figureRows.ts';
import { historyView, type HistoryView } from './historyView.ts';
import { noticeView, type NoticeView } from './noticeView.ts';
import type { SiteModel } from './siteModel.ts';
import { totalViews, type TotalView } from './totalViews.ts';

/** A town as its page shows it, in one locale. */
export interface TownView {
  slug: string;
  /** Its page, after the locale. */
  path: string;
  name: string;
  county: string;
  province: string;
  population?: string;
  /** Its figures, grouped by category in the category list's order. */
  groups: { categoryId: string; label: string; rows: FigureRow[] }[];
  totals: TotalView[];
  /** Each category's dated figures over time. */
  timelines: ChartView[];
  /** The data page's comparisons in which this town and another have a figure. */
  comparisons: ChartView[];
  articles: ArticleView[];
  history?: HistoryView;
  notice: NoticeView;
}

/** The town's timeline charts (also what the content check knows as chart ids: siteChartIds). */
export function townTimelines(model: SiteModel, town: Located<Town>, l: Localizer) {
  return timelines(model.recordsByTown.get(town.slug) ?? []).map((timeline) => timelineChart(timeline, town.slug, l));
}

/**
 * `articleViewOf`: how to get an article's view (the site's own, made once); `comparisons`: the data page's charts
 * this town takes part in.
 */
export function townView(
  model: SiteModel,
  town: Located<Town>,
  l: Localizer,
  articleViewOf: (article: ArticleSource) => ArticleView,
  comparisons: ChartView[],
): TownView {
  const records = model.recordsByTown.get(town.slug) ?? [];
  const { population } = town.data;
  const articles = model.articlesByTown.get(town.slug) ?? [];
  // Its notice is dated, unless the town gives a notice period, by the newest article its figures come from.
  const newest = articles
    .flatMap((a) => a.data.published ?? [])
    .sort()
    .at(-1);
  return {
    slug: town.slug,
    path: townPath(town.slug),
    name: l.t(town.data.name),
    county: l.t(town.data.county),
    province: l.t(town.data.province),
    population:
      population && l.amount({ quantity: population.quantity, qualifier: population.qualifier, unitId: '人' }),
    groups: CATEGORIES.filter((c) => records.some((r) => r.category === c.id)).map((category) => ({
      categoryId: category.id,
      label: l.category(category.id),
      rows: figureRows(
        records.filter((r) => r.category === category.id),
        l,
      ),
    })),
    totals: totalViews(records, l),
    timelines: townTimelines(model, town, l).map((chart) => chartView(chart, model, l)),
    comparisons,
    articles: articles.map(articleViewOf),
    history: historyView(pageHistory(model.history, model.files.town(town.slug)), l),
    notice: noticeView(OFFICE, l, town.data.notice, newest),
  };
}
