import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlFile, type Remember } from './parseYamlFile.ts';

const schema = z.object({ name: z.string(), count: z.number() }).strict();
/** A remember function backed by a Map, counting how often it had to compute. */
function memory() {
  const values = new Map<string, string>();
  const remember: Remember = (key, compute) => {
    if (!values.has(key)) {
      stats.computed++;
      values.set(key, compute());
    }
    return values.get(key)!;
  };
  const stats = { computed: 0 };
  return { remember, stats };
}

describe('parseYamlFile with a remembered value', () => {
  const valid = 'name: 泥溪镇\ncount: 3\n';
  const invalid = 'name: 泥溪镇\ncount: 三\n';
  const broken = 'name: "泥溪镇\ncount: 3\n';
  // Refused before any alias is expanded, so there is no value to remember: the problem is found again each time.
  const aliases = 'name: &a 泥溪镇\ncount: *a\n';

  it('gives the same data and problems as parsing afresh, the second time from memory', () => {
    const { remember, stats } = memory();
    for (const text of [valid, invalid, broken, aliases]) {
      const fresh = parseYamlFile('a.yaml', text, schema);
      for (let i = 0; i < 2; i++) {
        const again = parseYamlFile('a.yaml', text, schema, 0, remember);
        expect(again.data).toEqual(fresh.data);
        expect(again.problems).toEqual(fresh.problems);
      }
    }
    expect(stats.computed).toBe(4);
  });

  it('still places problems found later (cross-file checks) at their line', () => {
    const { remember } = memory();
    parseYamlFile('a.yaml', valid, schema, 0, remember);
    const remembered = parseYamlFile('a.yaml', valid, schema, 1, remember);
    expect(remembered.locate(['count'])).toEqual({ line: 3, column: 8 });
  });

  it('reports the count as not a number, at its line and column', () => {
    expect(parseYamlFile('a.yaml', invalid, schema).problems).toEqual([
      expect.objectContaining({ file: 'a.yaml', line: 2, column: 8 }),
    ]);
  });
});
