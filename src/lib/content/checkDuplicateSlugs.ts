import { say, type Message } from '../../i18n/messages/message.ts';
import type { Content, Located } from './readContent.ts';
import type { Problem } from './problem.ts';

/** Two files with one name (a.md and a.mdx, b.yaml and b.yml) would claim the same URL or tally. */
export function checkDuplicateSlugs(content: Content): Problem[] {
  const groups: [Message, Located<unknown>[]][] = [
    [say('noun.articleName'), content.articles],
    [say('noun.townName'), content.towns],
    [say('noun.tallyName'), content.tallies],
  ];
  return groups.flatMap(([what, items]) => {
    const first = new Map<string, string>();
    return items.flatMap((item) => {
      const other = first.get(item.slug);
      if (other === undefined) {
        first.set(item.slug, item.file);
        return [];
      }
      return [
        {
          file: item.file,
          line: 1,
          column: 1,
          message: say('file.duplicateName', { what, slug: item.slug, other }),
          fix: say('fix.renameOrDeleteOne'),
        },
      ];
    });
  });
}
