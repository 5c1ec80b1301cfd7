import { z } from 'zod';
import { say } from '../../i18n/messages/message.ts';

/** What makes text markup in HTML: a tag's brackets, or a character reference (&lt; &#60; &#x3c;). */
const MARKUP = /[<>]|&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/iu;

/** The first piece of markup in `text` ("<", ">" or an entity such as "&lt;"), or undefined for plain text. */
export function findMarkup(text: string): string | undefined {
  return MARKUP.exec(text)?.[0];
}

/**
 * A string that must be plain text: it is pasted into HTML by code that does not expect markup (glossary forms go
 * into article pages as they are). Refused with the value and the markup found in it.
 */
export const plainText = z.string().superRefine((value, ctx) => {
  const markup = findMarkup(value);
  if (markup !== undefined) {
    ctx.addIssue({
      code: 'custom',
      params: { message: say('schema.notPlainText', { value, markup }), fix: say('fix.plainText') },
    });
  }
});
