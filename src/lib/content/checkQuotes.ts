import { say } from '../../i18n/messages/message.ts';
import { findQuantities } from '../numbers/findQuantities.ts';
import { quoteProblem, type QuotableText } from './quoteProblem.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/**
 * Every figure is traceable: its quote is a verbatim sentence of its article, in the text readers see (not in an
 * editor's comment), and the quote holds the number (the whole range for a range). Quotes that list things instead
 * of giving a number say `countedFrom`.
 */
export function checkQuotes(content: Content, texts: ReadonlyMap<string, QuotableText>): Problem[] {
  const problems: Problem[] = [];
  for (const tally of content.tallies) {
    const text = texts.get(tally.data.article);
    if (text === undefined) continue; // reported by checkReferences
    tally.data.entries.forEach((entry, index) => {
      const at = (field: string) => ({ file: tally.file, ...tally.locate(['entries', index, field]) });
      const notQuoted = quoteProblem(entry.quote, text);
      if (notQuoted) problems.push({ ...at('quote'), ...notQuoted });
      if (entry.countedFrom === 'enumeration') return;
      const found = findQuantities(entry.quote).some((q) =>
        entry.qualifier === 'range'
          ? q.kind === 'range' && q.value === entry.quantity && q.max === entry.quantityMax
          : q.kind === 'quantity' && q.value === entry.quantity,
      );
      if (!found) {
        const shown = entry.qualifier === 'range' ? `${entry.quantity}-${entry.quantityMax}` : String(entry.quantity);
        problems.push({
          ...at('quantity'),
          message: say('quote.numberMissing', { quantity: shown }),
          fix: say('fix.quoteNumber'),
        });
      }
    });
  }
  return problems;
}
