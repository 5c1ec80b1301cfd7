import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { prepareStaging, stagedOutput, swapIntoPlace } from './stagedOutput.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-staged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const site = (folder: string, text: string) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
};
const page = (folder: string) => readFileSync(join(folder, 'index.html'), 'utf8');

it('builds beside the live folder and swaps the complete site in, keeping the one it replaced', () => {
  const output = stagedOutput(join(dir, 'dist'));
  expect(output).toEqual({
    live: join(dir, 'dist'),
    staging: join(dir, '.dist.staging'),
    previous: join(dir, '.dist.previous'),
    lock: join(dir, '.dist.lock'),
  });
  site(output.live, 'first');

  prepareStaging(output);
  site(output.staging, 'second');
  expect(page(output.live)).toBe('first'); // untouched while the next build writes
  swapIntoPlace(output);
  expect([page(output.live), page(output.previous), existsSync(output.staging)]).toEqual(['second', 'first', false]);

  // The next build reuses the replaced site's folder as its staging folder.
  prepareStaging(output);
  expect([existsSync(output.previous), page(output.staging)]).toEqual([false, 'first']);
  site(output.staging, 'third');
  swapIntoPlace(output);
  expect([page(output.live), page(output.previous)]).toEqual(['third', 'second']);
});

it('the first build, with no site yet, just moves its staging folder into place', () => {
  const output = stagedOutput(join(dir, 'fresh', 'dist'));
  prepareStaging(output);
  site(output.staging, 'only');
  swapIntoPlace(output);
  expect([page(output.live), existsSync(output.previous)]).toEqual(['only', false]);
});

it('a build killed between the two renames of its swap: the next one puts the replaced site back first', () => {
  const output = stagedOutput(join(dir, 'killed', 'dist'));
  site(output.previous, 'last complete');
  site(output.staging, 'complete, never swapped in');
  prepareStaging(output);
  expect([page(output.live), existsSync(output.previous)]).toEqual(['last complete', false]);
});
