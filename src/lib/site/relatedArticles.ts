/** What relatedness looks at: an article's slug, town and the categories of its figures. */
export interface RelatedInput {
  slug: string;
  town: string;
  categories: readonly string[];
}

/**
 * For every article, up to `limit` others that share its town or a category, best first (same town before any
 * number of shared categories, then more categories shared), then in the input order (newest first).
 * Computed once per build from indexes by town and by category. An article's own town is scanned in order and the
 * scan stops once `limit` articles share all its categories; other towns are looked at only when its own has
 * fewer than `limit` other articles.
 */
export function relatedArticles(articles: readonly RelatedInput[], limit = 5): Map<string, string[]> {
  const byTown = indexBy(articles, (article) => [article.town]);
  const byCategory = indexBy(articles, (article) => article.categories);
  const categorySets = articles.map((article) => new Set(article.categories));

  const related = new Map<string, string[]>();
  articles.forEach((article, i) => {
    const mine = categorySets[i]!;
    const shared = (j: number) => {
      let count = 0;
      for (const category of categorySets[j]!) if (mine.has(category)) count++;
      return count;
    };
    let picked = best(byTown.get(article.town)!, i, shared, mine.size, limit);
    if (picked.length < limit) {
      const otherTowns = new Set<number>();
      for (const category of mine) {
        for (const j of byCategory.get(category)!) if (articles[j]!.town !== article.town) otherTowns.add(j);
      }
      const candidates = [...otherTowns].sort((a, b) => a - b);
      picked = [...picked, ...best(candidates, i, shared, mine.size, limit - picked.length)];
    }
    related.set(
      article.slug,
      picked.map((j) => articles[j]!.slug),
    );
  });
  return related;
}

/** Article indexes under each key `keys` gives, in input order. */
function indexBy(articles: readonly RelatedInput[], keys: (article: RelatedInput) => readonly string[]) {
  const index = new Map<string, number[]>();
  articles.forEach((article, i) => {
    for (const key of new Set(keys(article))) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

/**
 * The first `limit` of `candidates` (indexes in input order) but `self`, by categories shared, most first, ties in
 * input order. Stops early once `limit` candidates share `most` (all the article's categories): none can beat them.
 */
function best(
  candidates: readonly number[],
  self: number,
  shared: (j: number) => number,
  most: number,
  limit: number,
): number[] {
  const byShared: number[][] = Array.from({ length: most + 1 }, () => []);
  for (const j of candidates) {
    if (j === self) continue;
    const level = byShared[shared(j)]!;
    if (level.length < limit) level.push(j);
    if (byShared[most]!.length >= limit) break;
  }
  return byShared.reverse().flat().slice(0, limit);
}
