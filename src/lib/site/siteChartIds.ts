import { DEFAULT_LOCALE } from '../../config/locales.ts';
import type { Content } from '../content/readContent.ts';
import { createLocalizer } from '../i18n/localizer.ts';
import { allCharts } from './allCharts.ts';
import { siteModel } from './siteModel.ts';

/**
 * The ids of the charts a build at `now` publishes (data and town pages), made by the same code as the charts
 * themselves, so a chart an article names (<Chart id="…" />) is known to be there. Ids are the same in every
 * script, so the texts are left unconverted.
 */
export function siteChartIds(content: Content, now: Date): Set<string> {
  // Ids depend neither on conversion nor on where the site is served.
  const l = createLocalizer(
    DEFAULT_LOCALE,
    { text: (text) => text, html: (html) => html },
    { base: '/', origin: new URL('http://localhost') },
  );
  return new Set(allCharts(siteModel(content, now), l).map((chart) => chart.id));
}
