/** What relatedness looks at: an article's slug, town and the categories of its figures. */
export interface RelatedInput {
  slug: string;
  town: string;
  categories: readonly string[];
}

/**
 * For every article, the others that share its town or a category, best first (both town and categories
 * shared, then more categories shared), then in the input order (newest first). Computed once per build from
 * an index by town and by category, so the cost grows with the matches, not with articles × articles.
 */
export function relatedArticles(articles: readonly RelatedInput[], limit = 5): Map<string, string[]> {
  const byKey = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  };
  articles.forEach((article, i) => {
    add(`town:${article.town}`, i);
    for (const category of new Set(article.categories)) add(`category:${category}`, i);
  });

  const related = new Map<string, string[]>();
  articles.forEach((article, i) => {
    const score = new Map<number, number>();
    const bump = (key: string, points: number) => {
      for (const j of byKey.get(key) ?? []) if (j !== i) score.set(j, (score.get(j) ?? 0) + points);
    };
    // A shared town outweighs any number of shared categories: residents look for news of their own town.
    bump(`town:${article.town}`, 1000);
    for (const category of new Set(article.categories)) bump(`category:${category}`, 1);
    const ranked = [...score].sort(([a, sa], [b, sb]) => sb - sa || a - b).slice(0, limit);
    related.set(
      article.slug,
      ranked.map(([j]) => articles[j]!.slug),
    );
  });
  return related;
}
