// A lint worker thread: reads, parses and checks its share of the files (src/lint/check-file.ts)
// and sends back each file's text, data and findings. Started by src/lint/workers.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import { settingsFor, type WorkspaceSettings } from '../workspace/config.js';
import { readSourceFile } from '../workspace/source.js';
import { checkFile } from './check-file.js';
import type { WorkerJob, WorkerReply } from './workers.js';

const job = workerData as WorkerJob;
const settings = new Map<string | undefined, WorkspaceSettings>();

try {
  const files = job.files.map((f) => {
    let s = settings.get(f.root);
    if (!s) {
      s = settingsFor(f.root, job.cwd);
      settings.set(f.root, s);
    }
    const file = readSourceFile(f.path, f.display);
    const outcome = checkFile(file, s, job.options);
    return { path: f.path, display: f.display, text: file.text, data: file.data, problems: file.problems, fatal: file.fatal, ...outcome };
  });
  parentPort!.postMessage({ files } satisfies WorkerReply);
} catch (err) {
  const e = err instanceof GkmlError ? { text: err.text, location: err.location, exitCode: err.exitCode } : { text: msg(LINT.workerFailed, { detail: String((err as Error).message) }) };
  parentPort!.postMessage({ error: e } satisfies WorkerReply);
}
