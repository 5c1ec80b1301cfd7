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
            message: 'the article has no text below its frontmatter (comments are not shown to readers)',
            fix: "write the article's text below the closing ---, or delete the file",
          },
        ]
      : [],
  );
}
