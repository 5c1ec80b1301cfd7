import { say, type Message } from '../../i18n/messages/message.ts';
import { didYouMean } from './didYouMean.ts';
import type { Content, Located } from './readContent.ts';
import type { Problem } from './problem.ts';

/** Checks what no single file can: references between files, unique ids, parts never larger than their whole. */
export function checkReferences(content: Content): Problem[] {
  const problems: Problem[] = [];
  const report = (item: Located<unknown>, path: (string | number)[], message: Message, fix: Message) =>
    problems.push({ file: item.file, ...item.locate(path), message, fix });

  const townSlugs = new Set(content.towns.map((t) => t.slug));
  const articleSlugs = new Set(content.articles.map((a) => a.slug));
  const pendingTowns = new Set(content.towns.filter((t) => t.data.review === 'pending').map((t) => t.slug));
  const drafts = new Set(content.articles.filter((a) => a.data.draft).map((a) => a.slug));
  // A town the import wrote is not shown until a person has checked it: nothing published may name it before.
  const notReviewed = (town: string) => say('reference.townNotReviewed', { town });
  const reviewTown = (town: string) => say('fix.reviewTown', { town });

  for (const article of content.articles) {
    if (!townSlugs.has(article.data.town) && !content.unreadable?.towns.includes(article.data.town)) {
      report(
        article,
        ['town'],
        say('reference.unknownTown', { town: article.data.town }),
        say('fix.useTownOrAdd', { towns: [...townSlugs], town: article.data.town }),
      );
    } else if (pendingTowns.has(article.data.town) && !article.data.draft) {
      report(article, ['town'], notReviewed(article.data.town), reviewTown(article.data.town));
    }
  }

  for (const tally of content.tallies) {
    if (!articleSlugs.has(tally.data.article) && !content.unreadable?.articles.includes(tally.data.article)) {
      report(
        tally,
        ['article'],
        say('reference.unknownArticle', { article: tally.data.article }),
        say('fix.articleFileName'),
      );
    }
    const byId = new Map<string, (typeof tally.data.entries)[number]>();
    tally.data.entries.forEach((entry, index) => {
      if (byId.has(entry.id)) {
        report(tally, ['entries', index, 'id'], say('reference.duplicateEntryId', { id: entry.id }), say('fix.ownId'));
      }
      byId.set(entry.id, entry);
      if (entry.town === undefined) return;
      if (!townSlugs.has(entry.town) && !content.unreadable?.towns.includes(entry.town)) {
        const guess = didYouMean(entry.town, [...townSlugs]);
        report(
          tally,
          ['entries', index, 'town'],
          say('reference.unknownTown', { town: entry.town }),
          guess
            ? say('fix.didYouMean', { guess })
            : say('fix.useTownOrAdd', { towns: [...townSlugs], town: entry.town }),
        );
      } else if (pendingTowns.has(entry.town) && entry.review === 'reviewed' && !drafts.has(tally.data.article)) {
        report(tally, ['entries', index, 'town'], notReviewed(entry.town), reviewTown(entry.town));
      }
    });
    tally.data.entries.forEach((entry, index) => {
      if (entry.partOf === undefined) return;
      const whole = byId.get(entry.partOf);
      const loop = partOfLoop(entry, byId);
      if (loop) {
        // Parts are left out of totals and charts (their whole counts them): in a loop, no entry is counted.
        report(
          tally,
          ['entries', index, 'partOf'],
          say('reference.partOfLoop', { loop: loop.join(' → ') }),
          say('fix.partOfLoop'),
        );
      } else if (!whole) {
        report(
          tally,
          ['entries', index, 'partOf'],
          say('reference.unknownPartOf', { partOf: entry.partOf }),
          say('fix.partOfId'),
        );
      } else if (entry.quantity > whole.quantity) {
        // Also when the whole is a lower bound: 10余万 means a little over 100000, never several times it.
        report(
          tally,
          ['entries', index, 'quantity'],
          say('reference.partLargerThanWhole', {
            quantity: entry.quantity,
            whole: whole.id,
            wholeQuantity: whole.quantity,
          }),
          say('fix.checkBothNumbers'),
        );
      }
    });
  }
  return problems;
}

type PartOf = { id: string; partOf?: string | undefined };

/** The ids from `entry` along partOf back to it (["a", "a"] when a is part of a), if partOf leads there. */
function partOfLoop(entry: PartOf, byId: ReadonlyMap<string, PartOf>): string[] | undefined {
  const chain = [entry.id];
  let next = entry.partOf;
  while (next !== undefined && !chain.includes(next)) {
    chain.push(next);
    next = byId.get(next)?.partOf;
  }
  return next === entry.id ? [...chain, entry.id] : undefined;
}
