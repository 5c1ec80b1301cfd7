/**
 * The worker of convertHtml.ts: converts article bodies with a converter of its own (the same glossary and code as
 * the build's), and says how long each took.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Script } from '../config/locales.ts';
import type { GlossaryEntry } from '../lib/schema/glossary.ts';
import { createConverter } from '../lib/script/createConverter.ts';
import { toScriptHtml } from '../lib/script/toScriptHtml.ts';

const converter = createConverter((workerData as { glossary: GlossaryEntry[] }).glossary);
parentPort!.on('message', ({ id, html, target, from }: { id: number; html: string; target: Script; from: Script }) => {
  const start = performance.now();
  const result = toScriptHtml(html, target, converter, from);
  parentPort!.postMessage({ id, result, ms: performance.now() - start });
});
