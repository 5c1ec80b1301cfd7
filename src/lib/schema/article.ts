import { z } from 'zod';
import { say, type MessageCode } from '../../i18n/messages/message.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and hyphens');

/**
 * An article with no date in its source says so, with the period it covers, instead of a made-up date.
 */
export const undatedSchema = z.object({
  // A schema's own message for an empty text is the code of its fix (src/lib/content/schemaProblem.ts).
  period: z.string().min(1, 'fix.sayPeriod' satisfies MessageCode),
  note: z.string().optional(),
});

/**
 * A link readers follow: only a web address. `javascript:` or `data:` in an href runs code or shows a page the site
 * did not write.
 */
const webUrl = z.string().superRefine((value, ctx) => {
  const protocol = URL.parse(value)?.protocol;
  if (protocol !== 'https:' && protocol !== 'http:') {
    ctx.addIssue({
      code: 'custom',
      params: { message: say('schema.notWebAddress', { value }), fix: say('fix.copyAddress') },
    });
  }
});

export const sourceSchema = z
  .object({
    publication: z.string().optional(),
    url: webUrl.optional(),
    note: z.string().optional(),
  })
  .refine((s) => s.publication || s.url || s.note, {
    params: { message: say('schema.sourceUnknown'), fix: say('fix.asMessageSays') },
  });

/**
 * A notice's 公示期: its first day and, when the office fixes it, its last (else the site's default length, see
 * OFFICE.noticeDays in src/consts.ts). Also the date the printed notice is signed with (落款).
 */
export const noticePeriodSchema = z
  .object({ from: z.iso.date(), to: z.iso.date().optional() })
  .strict()
  .refine((notice) => !notice.to || notice.to >= notice.from, {
    params: { message: say('schema.noticeEndsBeforeStart'), fix: say('fix.asMessageSays') },
    path: ['to'],
  });

/** A correction made after publication: when, and what was corrected. The page says so, labelled 更正. */
export const correctionSchema = z
  .object({ date: z.iso.date(), note: z.string().min(1, 'fix.sayCorrection' satisfies MessageCode) })
  .strict();

export const articleSchema = z
  .object({
    title: z.string().min(1),
    town: slug,
    published: z.iso.date().optional(),
    undated: undatedSchema.optional(),
    byline: z.string().optional(),
    source: sourceSchema,
    script: z.enum(['hans', 'hant']),
    summary: z.string().min(1),
    tags: z.array(z.string()).default([]),
    draft: z.boolean().default(false),
    notice: noticePeriodSchema.optional(),
    corrected: correctionSchema.optional(),
  })
  .strict()
  .refine((a) => Boolean(a.published) !== Boolean(a.undated), {
    params: { message: say('schema.publishedOrUndated'), fix: say('fix.asMessageSays') },
    path: ['published'],
  })
  .refine((a) => !a.corrected || !a.published || a.corrected.date >= a.published, {
    params: { message: say('schema.correctionBeforeArticle'), fix: say('fix.asMessageSays') },
    path: ['corrected', 'date'],
  });

export type Article = z.infer<typeof articleSchema>;
export type NoticePeriod = z.infer<typeof noticePeriodSchema>;
export { slug as slugSchema };
