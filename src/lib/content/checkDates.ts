import { say } from '../../i18n/messages/message.ts';
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
    const limit = articleDate ?? today;
    return tally.data.entries.flatMap((entry, index) =>
      entry.date && entry.date > limit
        ? [
            {
              file: tally.file,
              ...tally.locate(['entries', index, 'date']),
              message: articleDate
                ? say('tally.dateAfterPublication', { date: entry.date, published: articleDate })
                : say('tally.dateAfterToday', { date: entry.date, today }),
              fix: say('fix.checkDate'),
            },
          ]
        : [],
    );
  });
}
