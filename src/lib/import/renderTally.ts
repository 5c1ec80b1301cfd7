import { Document, YAMLMap, YAMLSeq } from 'yaml';
import { inOfficeLanguage, say } from '../../i18n/messages/message.ts';
import type { ImportedFigure } from './importArticle.ts';

/**
 * The draft tally file: every figure `review: pending` (the site shows none of them until a human marks it
 * reviewed), ids from the category, each entry's town in a roundup, and the reason for any particular doubt as a comment above the entry.
 */
export function renderTally(article: string, figures: readonly ImportedFigure[]): string {
  const doc = new Document({ article, entries: [] });
  doc.commentBefore = inOfficeLanguage(say('tally.draftHeader'));
  const entries = doc.get('entries') as YAMLSeq;
  const used = new Map<string, number>();
  for (const f of figures) {
    const n = (used.get(f.category) ?? 0) + 1;
    used.set(f.category, n);
    const node = doc.createNode({
      id: `${f.category}-${n}`,
      category: f.category,
      kind: f.kind,
      quantity: f.quantity,
      ...(f.quantityMax !== undefined ? { quantityMax: f.quantityMax } : {}),
      qualifier: f.qualifier,
      unit: f.unit,
      ...(f.item ? { item: f.item } : {}),
      ...(f.date ? { date: f.date } : {}),
      ...(f.place ? { place: f.place } : {}),
      ...(f.per ? { per: f.per } : {}),
      ...(f.note ? { note: f.note } : {}),
      ...(f.town ? { town: f.town } : {}),
      quote: f.quote,
      review: 'pending',
    }) as YAMLMap;
    if (f.doubts) {
      node.commentBefore = inOfficeLanguage(
        say('tally.checkComment', { doubts: f.doubts.map(inOfficeLanguage).join('；') }),
      );
    }
    entries.add(node);
  }
  return doc.toString({ lineWidth: 0 });
}
