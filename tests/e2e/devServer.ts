import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRO, astroEnv } from '../build/buildSite.ts';

export interface DevServer {
  /** `http://127.0.0.1:<port>` — no trailing slash. */
  origin: string;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** `npm run dev` (`astro dev`) on a content folder, with a cache of its own; resolves once it serves pages. */
export async function startDevServer(contentDir: string, env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  const cacheDir = mkdtempSync(join(tmpdir(), 'gongshi-dev-cache-'));
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: astroEnv({ GONGSHI_CONTENT_DIR: contentDir, GONGSHI_CACHE_DIR: cacheDir, NO_COLOR: '1', ...env }),
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill();
    await exited;
    rmSync(cacheDir, { recursive: true, force: true });
  };
  for (const started = Date.now(); Date.now() - started < 60_000; await delay(250)) {
    if (child.exitCode !== null) break;
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return { origin, output: () => printed, stop };
  }
  await stop();
  throw new Error(`astro dev did not start:\n${printed}`);
}

/** Asks `read` again until `done` holds of its answer (the dev server takes a moment to see a saved file). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  let value = await read();
  for (const started = Date.now(); !done(value) && Date.now() - started < ms; value = await read()) await delay(200);
  return value;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
