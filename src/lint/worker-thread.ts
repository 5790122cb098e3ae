// A lint worker thread: reads, parses and checks the files of each workspace it is sent
// (src/lint/check-file.ts) and sends back each file's text, data and findings. Started by
// src/lint/workers.ts; a null task ends it.
import { parentPort, workerData } from 'node:worker_threads';
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import type { WorkspaceSettings } from '../workspace/config.js';
import { workspaceSettings } from '../workspace/config-inheritance.js';
import { checkFile } from './check-file.js';
import { readOrRefuse } from './refusals.js';
import type { WorkerJob, WorkerReply, WorkerTask } from './workers.js';
import { faultCause } from '../core/system-faults.js';

const job = workerData as WorkerJob;
const settings = new Map<string | undefined, Promise<WorkspaceSettings>>();

async function check(task: NonNullable<WorkerTask>): Promise<WorkerReply> {
  try {
    const files = [];
    for (const f of task.files) {
      let s = settings.get(f.root);
      if (!s) settings.set(f.root, (s = workspaceSettings(f.root, job.cwd)));
      const file = readOrRefuse(f);
      const outcome = checkFile(file, await s, job.options);
      files.push({
        path: f.path,
        display: f.display,
        text: file.text,
        data: file.data,
        problems: file.problems,
        fatal: file.fatal,
        ...outcome,
      });
    }
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
  else void check(task).then((reply) => parentPort!.postMessage(reply));
});
