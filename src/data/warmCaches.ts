import { Worker } from 'node:worker_threads';

export interface WarmCachesOptions {
  cacheDir: string;
  /** The site's URL and base path, as Astro's config has them: QR codes encode absolute URLs. */
  site: string | undefined;
  base: string;
}

/**
 * Fills the build's caches of YAML values, script detections and QR codes on a second thread (warmCaches.worker.ts),
 * while Astro renders the Markdown on the first: the two cores of a small machine work at once, and the build's
 * own `getSite()` then finds those results ready. The worker only warms caches: whatever it did not finish, or a
 * content problem that stopped it, the build computes or reports itself. Resolves when the worker is done, with
 * what it printed (its script check time, for the benchmark).
 */
export function warmCaches(options: WarmCachesOptions): Promise<string> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./warmCaches.worker.ts', import.meta.url), {
      workerData: options,
      stdout: true,
    });
    let output = '';
    worker.stdout.on('data', (chunk: Buffer) => (output += chunk));
    worker.once('error', () => {}); // reported again, with file and line, by the build's own check
    worker.once('exit', () => resolve(output));
  });
}
