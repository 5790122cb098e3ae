// A lint worker thread: reads, parses and checks the files of each workspace it is sent
// (src/lint/check-file.ts) and sends back each file's text, data and findings. Started by
// src/lint/workers.ts; a null task ends it.
import { parentPort, workerData } from 'node:worker_threads';
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import { settingsFor, type WorkspaceSettings } from '../workspace/config.js';
import { checkFile } from './check-file.js';
import { readOrRefuse } from './refusals.js';
import type { WorkerJob, WorkerReply, WorkerTask } from './workers.js';
import { faultCause } from '../core/system-faults.js';

const job = workerData as WorkerJob;
const settings = new Map<string | undefined, WorkspaceSettings>();

function check(task: NonNullable<WorkerTask>): WorkerReply {
  try {
    const files = task.files.map((f) => {
      let s = settings.get(f.root);
      if (!s) {
        s = settingsFor(f.root, job.cwd);
        settings.set(f.root, s);
      }
      const file = readOrRefuse(f);
      const outcome = checkFile(file, s, job.options);
      return { path: f.path, display: f.display, text: file.text, data: file.data, problems: file.problems, fatal: file.fatal, ...outcome };
    });
    return { files };
  } catch (err) {
    const e =
      err instanceof GkmlError
        ? { text: err.text, location: err.location, exitCode: err.exitCode }
        : { text: msg(LINT.workerFailed, { detail: faultCause(err, 'read') ?? String((err as Error).message) }) };
    return { error: e };
  }
}

parentPort!.on('message', (task: WorkerTask) => {
  if (task === null) parentPort!.close();
  else parentPort!.postMessage(check(task));
});
