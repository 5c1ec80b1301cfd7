import { parse } from 'yaml';
import { z } from 'zod';

/**
 * One sentence of the conversion corpus (tests/fixtures/conversion-corpus/): Simplified as offices write it and its
 * hand-checked Taiwan-standard Traditional answer. Both directions are scored from the same pair.
 */
const corpusCaseSchema = z
  .object({
    id: z.string().regex(/^c\d{3}$/u),
    /** The ambiguity the sentence is built around (干, 发, 只…), or 日常 for ordinary text. */
    topic: z.string().min(1),
    hans: z.string().min(1),
    hant: z.string().min(1),
    /** The page a sentence was adapted from. */
    source: z.url().optional(),
  })
  .strict();

const corpusSchema = z.object({ cases: z.array(corpusCaseSchema).min(1) }).strict();

export type CorpusCase = z.infer<typeof corpusCaseSchema>;

/** The cases of one corpus file (YAML text); throws when the file does not have the shape above. */
export function parseConversionCorpus(yaml: string): CorpusCase[] {
  return corpusSchema.parse(parse(yaml)).cases;
}
