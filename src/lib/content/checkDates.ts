import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/** An article cannot report a figure dated after the article itself was published. */
export function checkDates(content: Content): Problem[] {
  const published = new Map(content.articles.map((a) => [a.slug, a.data.published]));
  return content.tallies.flatMap((tally) => {
    const articleDate = published.get(tally.data.article);
    if (!articleDate) return [];
    return tally.data.entries.flatMap((entry, index) =>
      entry.date && entry.date > articleDate
        ? [
            {
              file: tally.file,
              ...tally.locate(['entries', index, 'date']),
              message: `date ${entry.date} is after the article's publication date ${articleDate}`,
              fix: 'check the date against the article (year, month and day)',
            },
          ]
        : [],
    );
  });
}
