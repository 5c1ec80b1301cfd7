import { z } from 'zod';

/**
 * One conversion correction. `hans` and `hant` are the right forms of the same word; `avoid` lists wrong
 * Traditional forms found in scraped text (machine conversions), reported by the content check.
 */
export const glossaryEntrySchema = z
  .object({
    hans: z.string().min(1),
    hant: z.string().min(1),
    note: z.string().min(1, 'say why OpenCC gets this wrong'),
    avoid: z.array(z.string()).optional(),
  })
  .strict();

export const glossarySchema = z.object({ entries: z.array(glossaryEntrySchema) }).strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
