import { say } from '../../i18n/messages/message.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/**
 * One tally file per article, named after it: every tally file's figures are added up, so a copy left beside the
 * original (`nixi-masks (copy).yaml`, `nixi-masks - 副本.yaml`) would count each figure twice. A second file for one
 * article is always misnamed (two files of one name are checkDuplicateSlugs'), so the name is what is checked.
 */
export function checkTallyFiles(content: Content): Problem[] {
  const articles = new Set([...content.articles.map((a) => a.slug), ...(content.unreadable?.articles ?? [])]);
  const named = new Map(content.tallies.filter((t) => t.slug === t.data.article).map((t) => [t.slug, t.file]));
  return content.tallies.flatMap((tally): Problem[] => {
    const { article } = tally.data;
    // A tally for an article that does not exist is reported by checkReferences, which says which name to use.
    if (tally.slug === article || !articles.has(article)) return [];
    const original = named.get(article);
    return [
      {
        file: tally.file,
        ...tally.locate(['article']),
        message: original
          ? say('tally.secondFile', { article, original })
          : say('tally.misnamed', { slug: tally.slug, article }),
        fix: original ? say('fix.mergeTallies') : say('fix.renameTally', { article }),
      },
    ];
  });
}
