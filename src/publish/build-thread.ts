// A build the user can stop at once. A signal is only heard between two steps of the thread that
// runs JavaScript, and one step of a build (linting or writing a county's documents) can take
// seconds; so the build runs on a worker thread, this thread waits and listens, and on a signal it
// terminates the worker wherever it is, then removes its staging folder and lock and puts the
// previous output back if the swap was cut (abandonOutput): within a second, the output intact.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GkmlError, type Location } from '../core/errors.js';
import { faultFromRecord, type FaultRecord } from '../core/system-faults.js';
import type { Text } from '../i18n/text.js';
import { build, type BuildOptions, type BuildResult, type RegionProgress } from './build.js';
import { removeCheckouts } from '../diff/git-source.js';
import { abandonOutput } from './output-guard.js';

const WORKER = new URL('./build-thread-worker.js', import.meta.url);

/** The options a build thread is started with: those that are data, not callbacks. */
export type ThreadOptions = Omit<BuildOptions, 'progress' | 'onRegion' | 'notice' | 'onOutput' | 'signal'>;

/** What a build thread tells this one, in order: where it writes, what it does, and how it ended. */
export type ThreadMessage =
  | { out: string }
  | { progress: string }
  | { region: RegionProgress }
  | { notice: Text }
  | { result: BuildResult }
  | { error: { text: Text; location?: Location; exitCode: number; stack?: string } }
  | { fault: FaultRecord };

/** Runs `build(options)` on a worker thread that a cancelled signal terminates; on this thread where there is no compiled worker (the library's TypeScript sources). */
export async function buildOnThread(options: BuildOptions): Promise<BuildResult> {
  if (!existsSync(fileURLToPath(WORKER))) return build(options);
  const { progress, onRegion, notice, onOutput, signal, ...data } = options;
  options.signal?.throwIfAborted();
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(WORKER, { workerData: data satisfies ThreadOptions });
  let out: string | undefined;
  try {
    return await new Promise<BuildResult>((resolve, reject) => {
      const onAbort = () => reject(signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (m: ThreadMessage) => {
        if ('out' in m) {
          out = m.out;
          onOutput?.(out);
        } else if ('progress' in m) progress?.(m.progress);
        else if ('region' in m) onRegion?.(m.region);
        else if ('notice' in m) notice?.(m.notice);
        else if ('result' in m) resolve(m.result);
        else if ('error' in m)
          reject(
            Object.assign(new GkmlError(m.error.text, m.error.location, m.error.exitCode), m.error.stack ? { stack: m.error.stack } : {}),
          );
        else reject(faultFromRecord(m.fault));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the build thread ended early (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
    // Stopped midway: what the build would have cleaned on its way out, cleaned here.
    if (signal?.aborted && out) abandonOutput(out);
    if (signal?.aborted && data.previous) removeCheckouts();
  }
}
