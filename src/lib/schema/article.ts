import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and hyphens');

/**
 * An article with no date in its source says so, with the period it covers, instead of a made-up date.
 */
export const undatedSchema = z.object({
  period: z.string().min(1, 'say which period the article covers, e.g. 2020年1月下旬至2月中旬'),
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
      message: `"${value}" is not a web address`,
      params: { fix: 'copy the address of the source page from the browser: it starts with https:// or http://' },
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
