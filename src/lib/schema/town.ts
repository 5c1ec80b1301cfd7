import { z } from 'zod';
import { noticePeriodSchema } from './article.ts';

export const townSchema = z
  .object({
    name: z.string().min(1),
    county: z.string().min(1),
    province: z.string().min(1),
    population: z
      .object({
        quantity: z.number().positive(),
        /** `about`: a rounded figure such as 6.7萬人. */
        qualifier: z.enum(['exact', 'about']).default('about'),
        /** Where the figure comes from: an article slug. */
        article: z.string(),
        quote: z.string(),
      })
      .optional(),
    /**
     * `pending`: written by `npm run import` and not yet checked by a person; its county or province may be the
     * placeholder 待核实. Delete the line once the file is checked.
     */
    /** The town notice's 公示期 (and the date it is signed with), when the office posts it. */
    notice: noticePeriodSchema.optional(),
    review: z.enum(['pending', 'reviewed']).optional(),
  })
  .strict();

export type Town = z.infer<typeof townSchema>;
