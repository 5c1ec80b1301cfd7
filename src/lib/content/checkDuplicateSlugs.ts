import type { Content, Located } from './readContent.ts';
import type { Problem } from './problem.ts';

/** Two files with one name (a.md and a.mdx, b.yaml and b.yml) would claim the same URL or tally. */
export function checkDuplicateSlugs(content: Content): Problem[] {
  const groups: [string, Located<unknown>[]][] = [
    ['article', content.articles],
    ['town', content.towns],
    ['tally file', content.tallies],
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
          message: `${what} name "${item.slug}" is also used by ${other}`,
          fix: 'rename or delete one of the two files',
        },
      ];
    });
  });
}
