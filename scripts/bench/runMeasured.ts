import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** Highest sum of resident memory over the process and all its descendants, sampled every 50 ms. */
  peakBytes: number;
  output: string;
}

const PAGE = 4096;

/**
 * Runs a command and measures wall time and the peak memory of its whole process tree. Why not /usr/bin/time -v:
 * its "maximum resident set size" is the largest single process, while astro and pagefind spread work over
 * child processes and threads; here /proc is read every 50 ms and the resident sizes (statm) of the command and
 * every descendant are added up. A peak shorter than 50 ms can be missed.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const sample = () => {
      peakBytes = Math.max(peakBytes, treeResident(child.pid!));
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
      else resolve({ ms, peakBytes, output });
    });
  });
}

function treeResident(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of stat is the parent pid; the command name (field 2) may hold spaces, so split after its ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      continue;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
