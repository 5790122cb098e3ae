// A build worker thread (`gkml build --jobs`): builds each region it is sent (src/build/region-pipeline.ts)
// and sends back its outcome. Started by src/build/region-runner.ts with the build's setup; a null job ends it.
import { parentPort, workerData } from 'node:worker_threads';
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import { keepTightHeap } from '../util/tight-heap.js';
import { buildRegion, type BuildSetup, type RegionJob } from './region-pipeline.js';
import type { RegionReply } from './region-runner.js';

const setup = workerData as BuildSetup;
// Each region's documents make short-lived objects by the hundred megabytes; two threads would hold twice.
keepTightHeap();

parentPort!.on('message', (job: RegionJob | null) => {
  if (job === null) return parentPort!.close();
  buildRegion(setup, job).then(
    (outcome) => parentPort!.postMessage({ outcome } satisfies RegionReply),
    (err: unknown) => {
      const error = err instanceof GkmlError ? { text: err.text, location: err.location, exitCode: err.exitCode } : { text: msg(LINT.workerFailed, { detail: String((err as Error)?.message ?? err) }) };
      parentPort!.postMessage({ error } satisfies RegionReply);
    },
  );
});
