import { say } from '../../i18n/messages/message.ts';
import { quoteProblem, type QuotableText } from './quoteProblem.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/**
 * A town's population is a published figure like any other: it cites an article that exists and a sentence
 * readers can find in that article's text.
 */
export function checkTowns(content: Content, texts: ReadonlyMap<string, QuotableText>): Problem[] {
  return content.towns.flatMap((town): Problem[] => {
    const population = town.data.population;
    if (!population) return [];
    const at = (field: string) => ({ file: town.file, ...town.locate(['population', field]) });
    const text = texts.get(population.article);
    if (!text) {
      if (content.unreadable?.articles.includes(population.article)) return []; // its own problem says why
      return [
        {
          ...at('article'),
          message: say('town.populationArticleMissing', { article: population.article }),
          fix: say('fix.populationArticle'),
        },
      ];
    }
    const notQuoted = quoteProblem(population.quote, text);
    return notQuoted
      ? [
          {
            ...at('quote'),
            ...notQuoted,
            message: say('schema.field', { field: 'population.quote', problem: notQuoted.message }),
          },
        ]
      : [];
  });
}
