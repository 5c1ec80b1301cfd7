import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run convert`: staff paste a notice on stdin and get it in the other script, converted with the glossary.
const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongshi-convert-'));
const glossary = join(dir, 'glossary.yaml');
// OpenCC writes 公佈; the glossary says 公布, so the output shows whether the glossary was applied.
writeFileSync(glossary, 'entries:\n  - hans: 公布\n    hant: 公布\n    note: 台湾用“公布”。\n');
afterAll(() => rmSync(dir, { recursive: true }));

const convert = (input: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/convert.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

// Each run starts Node and loads OpenCC's dictionaries: seconds on a busy machine.
describe('npm run convert', () => {
  it('converts stdin to the script asked for, with the glossary given, lines and quotation marks included', () => {
    const hant = convert(
      '镇里公布了“捐款名单”。\n请相互转告。\n',
      '--to',
      'hant',
      '--from',
      'hans',
      '--glossary',
      glossary,
    );
    expect(hant).toEqual({ status: 0, stdout: '鎮裡公布了「捐款名單」。\n請相互轉告。\n', stderr: '' });
    // Without --from the script is detected.
    const hans = convert('鎮裡公布了「捐款名單」。\n', '--to', 'hans', '--glossary', glossary);
    expect(hans).toEqual({ status: 0, stdout: '镇里公布了“捐款名单”。\n', stderr: '' });
  });

  it('refuses a missing target script or glossary in Chinese, writing nothing', () => {
    for (const args of [[], ['--to', 'big5'], ['--to', 'hant', '--glossary', join(dir, 'missing.yaml')]]) {
      const run = convert('镇里公布了名单。', ...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^转换：.*[\u4e00-\u9fff]/u);
    }
  });
});
