import { unitId, type UnitId } from '../../config/categories.ts';
import type { TallyEntry } from '../schema/tally.ts';
import type { Content } from '../content/readContent.ts';

/** A tally entry with where it belongs: the shape every page and query works with. */
export interface TallyRecord extends TallyEntry {
  unitId: UnitId;
  article: string;
  /** The entry's own town when it names one (a roundup), else its article's. */
  town: string;
  /** Ids of the figures of its file this one is part of: its `partOf`, that one's `partOf`, and so on. */
  wholes: string[];
}

/**
 * Every published figure: tallies of articles not published (`published` says which: drafts, scheduled) and
 * entries still pending review never reach a page.
 */
export function tallyRecords(content: Content, published: (slug: string) => boolean): TallyRecord[] {
  const articles = new Map(content.articles.map((a) => [a.slug, a.data]));
  return content.tallies.flatMap((file) => {
    const article = articles.get(file.data.article);
    if (!article || !published(file.data.article)) return [];
    const partOf = new Map(file.data.entries.map((entry) => [entry.id, entry.partOf]));
    return (
      file.data.entries
        .filter((entry) => entry.review === 'reviewed')
        // A roundup's entry names its own town; every other entry is the article's town's.
        .map((entry) => ({
          ...entry,
          unitId: unitId(entry.unit)!,
          article: file.data.article,
          town: entry.town ?? article.town,
          wholes: wholesOf(entry.partOf, partOf),
        }))
    );
  });
}

/** `first` and the figures it is part of in turn (the content check refuses loops; `wholes` stops at one anyway). */
function wholesOf(first: string | undefined, partOf: ReadonlyMap<string, string | undefined>): string[] {
  const wholes: string[] = [];
  for (let id = first; id !== undefined && !wholes.includes(id); id = partOf.get(id)) wholes.push(id);
  return wholes;
}
