// Spreads the per-file checks of a large lint over worker threads, one per core: parsing is the
// bulk of a lint and files are independent. Work goes out a workspace at a time and comes back in
// order, and only a few workspaces are out at once, so the main thread holds only those. Small inputs stay on the main
// thread, where starting threads would cost more than it saves.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Text } from '../i18n/text.js';
import { GkmlError, type Location } from '../core/errors.js';
import type { SyntaxProblem } from '../workspace/syntax-problem.js';
import type { CheckOptions, FileOutcome } from './check-file.js';

const WORKER = new URL('./worker-thread.js', import.meta.url);

/** Below this much text one thread is as fast (measured: a 6 MB city lints faster on one thread; an 82 MB province gains a little from two). */
const MIN_BYTES_FOR_THREADS = 32 * 1024 * 1024;

export interface WorkerJob {
  cwd: string;
  options: CheckOptions;
}

/** One workspace's files (a refused one is not read: src/lint/refusals.ts), sent to a worker as it becomes free; `null` ends the worker. */
export type WorkerTask = { files: { path: string; display: string; root?: string; refusal?: Text }[] } | null;

export interface CheckedFile extends FileOutcome {
  path: string;
  display: string;
  text: string;
  data: unknown;
  problems: SyntaxProblem[];
  fatal: boolean;
}

export type WorkerReply = { files: CheckedFile[] } | { error: { text: Text; location?: Location; exitCode?: number } };

/** How many threads to use for these files: 0 means check them on the main thread. */
export function threadCount(paths: readonly string[], requested = Number(process.env.GKML_THREADS ?? NaN)): number {
  // Worker threads run compiled JavaScript; from TypeScript sources (tests) stay on one thread.
  if (!existsSync(fileURLToPath(WORKER))) return 0;
  const cores = Number.isFinite(requested) ? requested : availableParallelism();
  if (cores < 2 || paths.length < 2) return 0;
  if (!Number.isFinite(requested)) {
    let bytes = 0;
    for (const p of paths) bytes += statSync(p).size;
    if (bytes < MIN_BYTES_FOR_THREADS) return 0;
  }
  return Math.min(cores, paths.length);
}

/**
 * Checks groups of files (a workspace's each) on `threads` worker threads, a group to whichever
 * thread is free, and hands each group's results to `onGroup` in the groups' order, one at a time.
 * A thread waits while twice as many groups as there are threads are out or not yet finished, so a
 * slow group holds back the others rather than letting their results pile up.
 */
export async function checkInWorkers(
  groups: readonly WorkerTask[],
  cwd: string,
  options: CheckOptions,
  threads: number,
  onGroup: (index: number, files: CheckedFile[]) => Promise<void>,
): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const limit = threads * 2;
  const done = new Map<number, CheckedFile[]>();
  const waiting: (() => void)[] = [];
  let next = 0;
  let handed = 0;
  let finished = 0;
  let failed = false;
  let chain = Promise.resolve();
  // Results wait here until every earlier group has been handed on; each group finished lets a waiting thread go on.
  const handOn = () => {
    while (done.has(handed)) {
      const index = handed++;
      const files = done.get(index)!;
      done.delete(index);
      chain = chain.then(async () => {
        await onGroup(index, files);
        finished++;
        waiting.shift()?.();
      });
      // On a failure the threads stop (the waiting ones too); it is thrown where the chain is awaited.
      chain.catch(() => {
        failed = true;
        for (const go of waiting.splice(0)) go();
      });
    }
  };
  const run = (worker: InstanceType<typeof Worker>) =>
    new Promise<void>((resolve, reject) => {
      let current = -1;
      const send = () => {
        if (!failed && next < groups.length && next - finished >= limit) return void waiting.push(send);
        current = !failed && next < groups.length ? next++ : -1;
        worker.postMessage(current < 0 ? null : groups[current]);
        if (current < 0) resolve();
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return reject(new GkmlError(reply.error.text, reply.error.location, reply.error.exitCode));
        done.set(current, reply.files);
        handOn();
        send();
      });
      worker.once('error', reject);
      send();
    });
  const workers = Array.from(
    { length: Math.min(threads, groups.length) },
    () => new Worker(WORKER, { workerData: { cwd, options } satisfies WorkerJob }),
  );
  try {
    await Promise.all(workers.map(run));
    await chain;
  } finally {
    for (const w of workers) void w.terminate();
  }
}
