import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Script } from '../../config/locales.ts';
import { glossarySchema } from '../schema/glossary.ts';
import { createConverter } from './createConverter.ts';
import { toScript } from './toScript.ts';

interface Fixture {
  glossary: unknown[];
  cases: { input: string; target: Script; expected: string }[];
}

const fixture = parse(readFileSync(new URL('./fixtures/tricky.yaml', import.meta.url), 'utf8')) as Fixture;
// The fixture glossary must itself be valid glossary data.
const { entries } = glossarySchema.parse({ entries: fixture.glossary });
const converter = createConverter(entries);

describe('tricky cases (fixtures/tricky.yaml)', () => {
  it.each(fixture.cases.map((c) => [c.input, c.target, c.expected] as const))('%s → %s', (input, target, expected) => {
    expect(toScript(String(input), target, converter)).toBe(String(expected));
  });
});
