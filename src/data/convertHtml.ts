import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Script } from '../config/locales.ts';
import type { GlossaryEntry } from '../lib/schema/glossary.ts';

/** `toScriptHtml` on a second thread. */
export interface HtmlConverterThread {
  convert(html: string, target: Script, from: Script): Promise<string>;
  /** Time the second thread spent converting, for the benchmark. */
  readonly stats: { ms: number };
}

/**
 * Converts article bodies on a second thread (convertHtml.worker.ts), so the build renders other pages meanwhile
 * (`build.concurrency` in astro.config.mjs) and the two cores of a small machine work at once. Started on the first
 * body not found in the cache. The thread keeps the process alive only while it has work.
 */
export function startHtmlConverterThread(glossary: readonly GlossaryEntry[]): HtmlConverterThread {
  // A path from the project root, not `new URL(…, import.meta.url)`: this module is bundled into the pages.
  const worker = new Worker(resolve('src/data/convertHtml.worker.ts'), { workerData: { glossary } });
  worker.unref();
  const pending = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();
  const stats = { ms: 0 };
  let next = 0;
  let failed: Error | undefined;
  worker.on('message', ({ id, result, ms }: { id: number; result: string; ms: number }) => {
    stats.ms += ms;
    pending.get(id)!.resolve(result);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
  });
  // A thread that died fails every page waiting for it, and every page after: the build stops, nothing published.
  const fail = (error: Error) => {
    failed = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The conversion thread stopped (exit code ${code})`)));
  return {
    stats,
    convert(html, target, from) {
      if (failed) return Promise.reject(failed);
      if (pending.size === 0) worker.ref();
      const id = next++;
      worker.postMessage({ id, html, target, from });
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
  };
}
