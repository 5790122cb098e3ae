// The thread a `gkml build` runs on (src/publish/build-thread.ts): builds with the options it was
// started with and tells the main thread what it does and how it ended.
import { parentPort, workerData } from 'node:worker_threads';
import { GkmlError } from '../core/errors.js';
import { faultRecord } from '../core/system-faults.js';
import { build } from './build.js';
import type { ThreadMessage, ThreadOptions } from './build-thread.js';

const tell = (message: ThreadMessage) => parentPort!.postMessage(message);

build({
  ...(workerData as ThreadOptions),
  onOutput: (out) => tell({ out }),
  progress: (progress) => tell({ progress }),
  onRegion: (region) => tell({ region }),
  notice: (notice) => tell({ notice }),
}).then(
  (result) => tell({ result }),
  (err: unknown) =>
    tell(
      err instanceof GkmlError
        ? {
            error: {
              text: err.text,
              ...(err.location ? { location: err.location } : {}),
              exitCode: err.exitCode,
              ...(err.stack ? { stack: err.stack } : {}),
            },
          }
        : { fault: faultRecord(err) },
    ),
);
