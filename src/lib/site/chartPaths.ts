import { LOCALES } from '../../config/locales.ts';
import type { ChartModel } from '../charts/chartModel.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { Locale } from '../../config/locales.ts';

/** `getStaticPaths` for a per-chart file: one per locale per chart, with the chart in that locale's script. */
export function chartPaths(charts: (l: Localizer) => ChartModel[], localizer: (locale: Locale) => Localizer) {
  return LOCALES.flatMap((locale) => {
    const l = localizer(locale);
    return charts(l).map((chart) => ({ params: { lang: locale.id, id: chart.id }, props: { chart, l } }));
  });
}
