import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/**
 * A figure cannot be dated after the article that reports it: not after its publication date, and, for an undated
 * article (published as soon as it is built), not after `today`, the build's day in the office's time zone. A
 * scheduled article (dated after today) may report figures up to its own date: they are published with it.
 */
export function checkDates(content: Content, today: string): Problem[] {
  const published = new Map(content.articles.map((a) => [a.slug, a.data.published]));
  return content.tallies.flatMap((tally) => {
    if (!published.has(tally.data.article)) return []; // no such article: reported by checkReferences
    const articleDate = published.get(tally.data.article);
    const limit = articleDate
      ? { date: articleDate, message: `the article's publication date ${articleDate}` }
      : { date: today, message: `today (${today}), and the article gives no date` };
    return tally.data.entries.flatMap((entry, index) =>
      entry.date && entry.date > limit.date
        ? [
            {
              file: tally.file,
              ...tally.locate(['entries', index, 'date']),
              message: `date ${entry.date} is after ${limit.message}`,
              fix: 'check the date against the article (year, month and day)',
            },
          ]
        : [],
    );
  });
}
