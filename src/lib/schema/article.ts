import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and hyphens');

/**
 * An article with no date in its source says so, with the period it covers, instead of a made-up date.
 */
export const undatedSchema = z.object({
  period: z.string().min(1, 'say which period the article covers, e.g. 2020年1月下旬至2月中旬'),
  note: z.string().optional(),
});

export const sourceSchema = z
  .object({
    publication: z.string().optional(),
    url: z.url().optional(),
    note: z.string().optional(),
  })
  .refine((s) => s.publication || s.url || s.note, {
    message: 'give the publication, its URL, or a note saying the origin is unknown',
  });

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
  })
  .strict()
  .refine((a) => Boolean(a.published) !== Boolean(a.undated), {
    message: 'give either `published: YYYY-MM-DD` or `undated: { period: … }`, not both and not neither',
    path: ['published'],
  });

export type Article = z.infer<typeof articleSchema>;
export { slug as slugSchema };
