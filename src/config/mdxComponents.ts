/**
 * What an MDX article (`content/articles/*.mdx`) may hold besides Markdown: these components, each prop a literal
 * string that fits its rule. The content check refuses everything else (imports, exports, `{…}` code, HTML tags,
 * other components and props: src/lib/content/checkMdx.ts); the article page renders exactly these
 * (src/pages/[lang]/articles/[slug].astro); docs/publishing.md shows one example of each.
 */
import { say, type Message } from '../i18n/messages/message.ts';
import { CATEGORIES } from './categories.ts';

/**
 * What a prop's value must name in the rest of the content, checked once every file is read
 * (src/lib/content/checkMdxReferences.ts): `chart`, a chart on the site; `figureCategory`, the category of one of
 * this article's own figures.
 */
export type Reference = 'chart' | 'figureCategory';

export interface PropRule {
  /** What the value is, in messages: `"Masks" is not a category`. */
  what: Message;
  required: boolean;
  /** The values it may take: a pattern the whole value matches, or a list of known values. */
  accepts: RegExp | readonly string[];
  /** How to write a value that fits, said when one does not. */
  hint: Message;
  refersTo?: Reference;
  /** At most once per article: the value becomes an HTML id, which a page has once. */
  oncePerArticle?: boolean;
}

export interface MdxComponent {
  /** The tag an article writes: `<Chart … />`. */
  name: string;
  /** What it shows, for the guide and messages. */
  shows: string;
  props: Readonly<Record<string, PropRule>>;
  /** It shows values of this reference, so the article needs at least one (a table of no figures says nothing). */
  needs?: Reference;
  example: string;
}

/** Lowercase ASCII words joined by hyphens: how chart ids (compare-masks, compare-disinfectant-2, timeline-nixi-masks-distributed) are made. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Both render a block (a figure, a table), so each stands on a line of its own, and neither takes content
// between its tags: its props are all it reads.
export const MDX_COMPONENTS = [
  {
    name: 'Chart',
    shows: 'one of the site’s charts, with its table, by the chart’s id',
    props: {
      id: {
        what: say('mdx.what.chartId'),
        required: true,
        accepts: ID,
        hint: say('mdx.hint.chartId'),
        refersTo: 'chart',
        oncePerArticle: true,
      },
    },
    example: '<Chart id="compare-masks" />',
  },
  {
    name: 'Figures',
    shows: 'this article’s own figures (its tally) as a table, all of them or one category’s',
    props: {
      category: {
        what: say('mdx.what.category'),
        required: false,
        accepts: CATEGORIES.map((category) => category.id),
        hint: say('mdx.hint.category'),
        refersTo: 'figureCategory',
      },
    },
    needs: 'figureCategory',
    example: '<Figures category="masks" />',
  },
] as const satisfies readonly MdxComponent[];

export type MdxComponentName = (typeof MDX_COMPONENTS)[number]['name'];
