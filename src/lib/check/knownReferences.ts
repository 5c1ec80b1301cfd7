import { OFFICE } from '../../consts.ts';
import { isPublished } from '../site/isPublished.ts';
import { siteChartIds } from '../site/siteChartIds.ts';
import { tallyRecords } from '../tallies/tallyRecords.ts';
import type { KnownValues } from '../content/checkMdxReferences.ts';
import type { Content } from '../content/readContent.ts';

/**
 * What the references of MDX components (src/config/mdxComponents.ts) may name in this content, for a build at
 * `now`. Each set is made on first use: most content has no MDX article.
 */
export function knownReferences(content: Content, now: Date): KnownValues {
  let charts: ReadonlySet<string> | undefined;
  let categories: Map<string, Set<string>> | undefined;
  return {
    // Which charts a draft or scheduled article will find is known on the build that publishes it, which checks it.
    chart: (article) =>
      isPublished(article.data, now, OFFICE.timeZone) ? (charts ??= siteChartIds(content, now)) : undefined,
    // The figures the article's page shows: those reviewed, whenever it is published.
    figureCategory: (article) => {
      categories ??= categoriesByArticle(content);
      return categories.get(article.slug) ?? new Set();
    },
  };
}

function categoriesByArticle(content: Content): Map<string, Set<string>> {
  const byArticle = new Map<string, Set<string>>();
  for (const record of tallyRecords(content, () => true)) {
    const categories = byArticle.get(record.article) ?? new Set();
    byArticle.set(record.article, categories.add(record.category));
  }
  return byArticle;
}
