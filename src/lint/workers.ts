// Spreads the per-file checks of a large lint over worker threads, one per core: parsing is the
// bulk of a lint and files are independent. Small inputs stay on the main thread, where starting
// threads would cost more than it saves.
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
  files: { path: string; display: string; root?: string }[];
}

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

/** Checks the files on `threads` worker threads, balancing by size; results come back by path. */
export async function checkInWorkers(files: WorkerJob['files'], cwd: string, options: CheckOptions, threads: number): Promise<Map<string, CheckedFile>> {
  const { Worker } = await import('node:worker_threads');
  const shares: WorkerJob['files'][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  const bySize = files.map((f) => ({ f, size: statSync(f.path).size })).sort((a, b) => b.size - a.size);
  for (const { f, size } of bySize) {
    const i = load.indexOf(Math.min(...load));
    shares[i]!.push(f);
    load[i]! += size;
  }
  const replies = await Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerReply>((resolve, reject) => {
          const worker = new Worker(WORKER, { workerData: { cwd, options, files: share } satisfies WorkerJob });
          worker.once('message', (reply: WorkerReply) => {
            resolve(reply);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  const out = new Map<string, CheckedFile>();
  for (const reply of replies) {
    if ('error' in reply) throw new GkmlError(reply.error.text, reply.error.location, reply.error.exitCode);
    for (const f of reply.files) out.set(f.path, f);
  }
  return out;
}
