import { z } from 'zod';
import type { MessageCode } from '../../i18n/messages/message.ts';
import { plainText } from './plainText.ts';

/**
 * One conversion correction. `hans` and `hant` are the right forms of the same word; `avoid` lists wrong
 * Traditional forms found in scraped text (machine conversions), reported by the content check. All three are plain
 * text: conversion puts them into article pages.
 */
export const glossaryEntrySchema = z
  .object({
    hans: plainText.min(1),
    hant: plainText.min(1),
    note: z.string().min(1, 'fix.sayWhyWrong' satisfies MessageCode),
    avoid: z.array(plainText).optional(),
  })
  .strict();

export const glossarySchema = z.object({ entries: z.array(glossaryEntrySchema) }).strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
