/**
 * The live site survives every failure: a build killed at any point, or started while another runs, leaves the
 * last complete build in place byte for byte, and the next build still works.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, buildSite } from './buildSite.ts';
import { siteFiles } from './pageLinks.ts';

const work = mkdtempSync(join(tmpdir(), 'gongshi-interrupted-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
const env = { GONGSHI_CONTENT_DIR: content, GONGSHI_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of the live site with its bytes. */
function snapshot(): Map<string, Buffer> {
  return new Map(
    [...siteFiles(outDir)].sort().flatMap((file) => {
      try {
        return [[file, readFileSync(join(outDir, file))] as const];
      } catch {
        return []; // a folder
      }
    }),
  );
}

/**
 * Starts `npm run build`; resolves with its exit when done, or kills it once its output matches `killAt`. `started`
 * resolves once it holds the lock and Astro reads the content; `pause`/`resume` stop and continue the process there.
 */
function runBuild(killAt?: RegExp): {
  started: Promise<void>;
  done: Promise<{ code: number | null; output: string }>;
  pause(): void;
  resume(): void;
} {
  const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    // No colours: the phases are found by their words (CI=true turns colours on).
    env: { ...process.env, ...env, BASE_URL: '', NODE_ENV: '', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  let markStarted: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const listen = (chunk: Buffer) => {
    output += chunk;
    if (/Syncing content/.test(output)) markStarted();
    if (killAt?.test(output) && child.exitCode === null) child.kill('SIGKILL');
  };
  child.stdout.on('data', listen);
  child.stderr.on('data', listen);
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => {
      markStarted();
      resolve({ code, output });
    }),
  );
  return { started, done, pause: () => child.kill('SIGSTOP'), resume: () => child.kill('SIGCONT') };
}

let lastComplete: Map<string, Buffer>;
beforeAll(() => {
  cpSync(join(import.meta.dirname, '../fixtures/bad-content/valid'), content, { recursive: true });
  const first = buildSite(outDir, env);
  if (first.status !== 0) throw new Error(first.output);
  lastComplete = snapshot();
  // What the next builds would publish differs: a second article.
  const article = readFileSync(join(content, 'articles/nixi-masks.md'), 'utf8');
  writeFileSync(join(content, 'articles/nixi-masks-again.md'), article.replace('title: ', 'title: 再次'));
}, 120_000);

describe('a build killed at any point leaves the last complete site as it was', () => {
  it.each([
    ['while Astro syncs the content', /Syncing content/],
    ['while pages are written', /generating static routes/],
    ['while the search index is made', /Indexing the site for search/],
  ])('%s', async (_, point) => {
    const { code, output } = await runBuild(point).done;
    expect(code, output).toBeNull(); // killed, not finished
    expect(snapshot()).toEqual(lastComplete);
  });
});

describe('two builds at once', () => {
  it('the second is refused plainly, the first completes, and the site is then the new one', async () => {
    const first = runBuild();
    await first.started;
    // Held while it holds the lock, however long the second takes to start on a busy machine.
    first.pause();
    const second = await runBuild().done;
    first.resume();
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/另一个生成（进程 \d+）正在写入 .*dist\/：这一个停止/);
    expect(second.output).not.toMatch(/\n\s+at /); // no stack trace
    const { code, output } = await first.done;
    expect(code, output).toBe(0);
    expect(siteFiles(outDir)).toContain('zh-hans/articles/nixi-masks-again/index.html');
  });
});
