import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConverter } from './createConverter.ts';
import { toScript } from './toScript.ts';

// The C++ OpenCC CLI (Debian package `opencc`) is the reference: on text without glossary words, overrides or
// curly quotes, toScript must give exactly what `opencc -c s2tw.json` / `tw2s.json` give.
function cli(config: string, input: string): string {
  const run = spawnSync('opencc', ['-c', config], { input, encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(
      `The OpenCC CLI is needed for this test (${run.error?.message ?? run.stderr}). ` +
        'Install it with `apt-get install opencc` (CI installs it).',
    );
  }
  return run.stdout;
}

const lines = (file: string) =>
  readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);

describe('toScript against the OpenCC CLI', () => {
  const converter = createConverter([]);

  it('Simplified paragraphs → Traditional equal `opencc -c s2tw.json`', () => {
    const paragraphs = lines('paragraphs-hans.txt');
    const expected = cli('s2tw.json', paragraphs.join('\n') + '\n').split('\n');
    expect(paragraphs.length).toBeGreaterThan(5);
    paragraphs.forEach((p, i) => {
      expect(toScript(p, 'hant', converter)).toBe(expected[i]);
      expect(toScript(p, 'hans', converter)).toBe(p);
    });
  });

  it('Traditional paragraphs → Simplified equal `opencc -c tw2s.json`', () => {
    const paragraphs = lines('paragraphs-hant.txt');
    const expected = cli('tw2s.json', paragraphs.join('\n') + '\n').split('\n');
    expect(paragraphs.length).toBeGreaterThan(5);
    paragraphs.forEach((p, i) => {
      expect(toScript(p, 'hans', converter)).toBe(expected[i]);
      expect(toScript(p, 'hant', converter)).toBe(p);
    });
  });

  it('the whole corpus as one text also matches (phrase segmentation across sentences)', () => {
    const text = lines('paragraphs-hans.txt').join('\n');
    expect(toScript(text, 'hant', converter)).toBe(cli('s2tw.json', text + '\n').replace(/\n$/, ''));
  });
});
