import { z } from 'zod';
import { say } from '../../i18n/messages/message.ts';
import { CATEGORIES, KINDS, QUALIFIERS, unitId, categoryById } from '../../config/categories.ts';
import { slugSchema } from './article.ts';

const categoryIds = CATEGORIES.map((c) => c.id) as [string, ...string[]];
const kindIds = KINDS.map((k) => k.id) as [string, ...string[]];

export const tallyEntrySchema = z
  .object({
    id: slugSchema,
    category: z.enum(categoryIds),
    kind: z.enum(kindIds),
    quantity: z.number().nonnegative(),
    /** High end of a range (6-8人); only with qualifier `range`. */
    quantityMax: z.number().nonnegative().optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    unit: z.string(),
    /** What exactly was counted, in the article's words (一次性口罩, 《致全县人民的一封信》). */
    item: z.string().optional(),
    date: z.iso.date().optional(),
    place: z.string().optional(),
    /** A rate, not a total (每天10人 → per: 天): shown as written, never added into totals. */
    per: z.string().min(1).optional(),
    /** Free text about the entry (how a number was read, what it leaves out). */
    note: z.string().min(1).optional(),
    /** The town (a content/towns slug) the figure belongs to, when not the article's: a roundup of several towns. */
    town: slugSchema.optional(),
    /** The sentence the figure comes from, verbatim from the article. */
    quote: z.string().min(1),
    /** The quote lists the things counted instead of giving a number (成立…领导小组和应急指挥部). */
    countedFrom: z.literal('enumeration').optional(),
    /** The figure is a running total as of `date` (累计…): a town's running totals never go down. */
    cumulative: z.literal(true).optional(),
    /** id of the entry (same file) this one is a part of: never larger than it. */
    partOf: slugSchema.optional(),
    review: z.enum(['pending', 'reviewed']).default('reviewed'),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const unit = unitId(entry.unit);
    if (!unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        params: { message: say('tally.unknownUnit', { unit: entry.unit }), fix: say('fix.unitFromConfig') },
      });
    } else if (
      entry.review === 'reviewed' &&
      !(categoryById(entry.category)!.units as readonly string[]).includes(unit)
    ) {
      // A draft may carry a unit its category rarely uses (the import flags it): the reviewer decides.
      const allowed = categoryById(entry.category)!.units;
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        params: {
          message: say('tally.unitDoesNotFit', { unit: entry.unit, category: entry.category }),
          fix: say('fix.unitOfCategory', { allowed }),
        },
      });
    }
    if ((entry.qualifier === 'range') !== (entry.quantityMax !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['quantityMax'],
        params: { message: say('tally.rangeHalf'), fix: say('fix.range') },
      });
    }
  });

export const tallyFileSchema = z
  .object({
    article: slugSchema,
    entries: z.array(tallyEntrySchema).min(1),
  })
  .strict();

export type TallyEntry = z.infer<typeof tallyEntrySchema>;
export type TallyFile = z.infer<typeof tallyFileSchema>;
