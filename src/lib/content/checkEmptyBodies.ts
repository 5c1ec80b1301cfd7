import { say } from '../../i18n/messages/message.ts';
import { blankComments } from './blankComments.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/** An article whose body is empty, blank or only comments would publish a page with a title and nothing else. */
export function checkEmptyBodies(content: Content): Problem[] {
  return content.articles.flatMap((article) =>
    blankComments(article.body).trim() === ''
      ? [
          {
            file: article.file,
            line: article.bodyLine,
            column: 1,
            message: say('article.emptyBody'),
            fix: say('fix.writeBody'),
          },
        ]
      : [],
  );
}
