import { say } from '../../i18n/messages/message.ts';
import { MDX_COMPONENTS, type PropRule, type Reference } from '../../config/mdxComponents.ts';
import { didYouMean } from './didYouMean.ts';
import type { Problem } from './problem.ts';
import type { ArticleSource, Content } from './readContent.ts';

/**
 * The values a reference may take in one article, or undefined when they cannot be known yet (what the site will
 * publish: src/lib/check/knownReferences.ts).
 */
export type KnownValues = Readonly<Record<Reference, (article: ArticleSource) => ReadonlySet<string> | undefined>>;

type Said = Pick<Problem, 'message' | 'fix'>;
type Needed = Extract<(typeof MDX_COMPONENTS)[number], { needs: unknown }>['needs'];

/** What to say when a prop's value names nothing there is. */
const UNKNOWN: Record<Reference, (value: string, known: ReadonlySet<string>, article: ArticleSource) => Said> = {
  chart: (value, known) => {
    const guess = didYouMean(value, [...known]);
    const example = known.values().next().value;
    return {
      message: say('mdx.unknownChart', { value }),
      fix: guess
        ? say('fix.didYouMean', { guess })
        : example
          ? say('fix.chartIdExample', { example })
          : say('fix.noChartsYet'),
    };
  },
  figureCategory: (value, known, article) => ({
    message: say('mdx.noFiguresOfCategory', { value }),
    fix: say('fix.useArticleCategories', { categories: [...known], slug: article.slug }),
  }),
};

/** What to say when a component that shows values of a reference has none to show. */
const NOTHING: Record<Needed, (tag: string, article: ArticleSource) => Said> = {
  figureCategory: (tag, article) => ({
    message: say('mdx.nothingToShow', { tag }),
    fix: say('fix.addFiguresOrRemove', { slug: article.slug, tag }),
  }),
};

/**
 * Checks what an MDX article's components name in the rest of the content (`refersTo` and `needs` in
 * src/config/mdxComponents.ts): a chart on the site, a category of the article's own figures. Each problem is at
 * the value (or the tag) in the article.
 */
export function checkMdxReferences(content: Content, known: KnownValues): Problem[] {
  const problems: Problem[] = [];
  for (const article of content.articles) {
    for (const use of article.components ?? []) {
      const component = MDX_COMPONENTS.find((c) => c.name === use.name)!;
      if ('needs' in component && known[component.needs](article)?.size === 0) {
        problems.push({ file: article.file, ...use.at, ...NOTHING[component.needs](`<${component.name}>`, article) });
        continue;
      }
      const rules: Readonly<Record<string, PropRule>> = component.props;
      for (const [name, { value, at }] of Object.entries(use.props)) {
        const reference = rules[name]?.refersTo;
        const values = reference && known[reference](article);
        if (reference && values && !values.has(value)) {
          problems.push({ file: article.file, ...at, ...UNKNOWN[reference](value, values, article) });
        }
      }
    }
  }
  return problems;
}
