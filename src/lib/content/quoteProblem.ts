import { say } from '../../i18n/messages/message.ts';
import { blankComments } from './blankComments.ts';
import type { Problem } from './problem.ts';
import type { Content } from './readContent.ts';

/** An article's body as written and as readers see it (comments blanked), to look quotes up in. */
export interface QuotableText {
  slug: string;
  body: string;
  visible: string;
}

/** Each article's quotable text by slug, each body blanked once for all the quotes looked up in it. */
export function quotableTexts(content: Content): Map<string, QuotableText> {
  return new Map(content.articles.map((a) => [a.slug, { slug: a.slug, body: a.body, visible: blankComments(a.body) }]));
}

/**
 * What is wrong with `quote` as a quote of `article`, if anything: it must be verbatim in the text readers see. A
 * sentence in an editor's comment is not published, so a figure quoted from one could not be checked by a reader.
 */
export function quoteProblem(quote: string, article: QuotableText): Pick<Problem, 'message' | 'fix'> | undefined {
  if (article.visible.includes(quote)) return undefined;
  if (article.body.includes(quote)) {
    return {
      message: say('quote.onlyInComment', { article: article.slug }),
      fix: say('fix.quoteVisible'),
    };
  }
  return {
    message: say('quote.notFound', { article: article.slug }),
    fix: say('fix.copyExactly'),
  };
}
