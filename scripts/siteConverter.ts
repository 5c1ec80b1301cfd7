// The converter the site builds with, from a glossary file: what `npm run convert` and `npm run
// conversion:accuracy` both use, so the staff's tool and the measurement convert as the pages do.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createConverter, type ScriptConverter } from '../src/lib/conversion/createConverter.ts';
import type { Split } from '../src/lib/conversion/phraseConverter.ts';
import { glossarySchema } from '../src/lib/schema/glossary.ts';

/** Throws when the file cannot be read or is not a valid glossary (zod's error names the entry). */
export function siteConverter(glossaryFile: string, split?: Split): ScriptConverter {
  return createConverter(glossarySchema.parse(parse(readFileSync(glossaryFile, 'utf8'))).entries, undefined, split);
}
