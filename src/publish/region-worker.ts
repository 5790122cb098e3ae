// A build worker thread (`gkml build --jobs`): builds each region it is sent (src/publish/region-pipeline.ts)
// and sends back its outcome, or its error. Started with the build's setup by src/publish/region-runner.ts,
// which terminates it when the regions are done.
import { parentPort, workerData } from 'node:worker_threads';
import { GkmlError } from '../core/errors.js';
import { faultRecord } from '../core/system-faults.js';
import { buildRegion, type BuildSetup, type RegionJob } from './region-pipeline.js';
import type { RegionReply } from './region-runner.js';

const setup = workerData as BuildSetup;
parentPort!.on('message', (job: RegionJob) => {
  buildRegion(setup, job).then(
    (outcome) => parentPort!.postMessage({ outcome } satisfies RegionReply),
    (err: unknown) => {
      // A problem with the input as gkml words it; anything else is a fault, passed on with its stack for --debug (a system error with its code and path).
      const reply: RegionReply =
        err instanceof GkmlError
          ? { error: { text: err.text, location: err.location, exitCode: err.exitCode } }
          : { fault: faultRecord(err) };
      parentPort!.postMessage(reply);
    },
  );
});
