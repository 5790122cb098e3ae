// Work that makes many short-lived objects, run with a heap that is collected sooner. Between full
// collections V8 lets the heap grow up to four times what survived the last one. Writing one Word
// document makes some 100 MB of objects that die when it is written, so a city's documents peaked
// above 500 MB with 20 MB live; linting a province on worker threads parses 82 MB of YAML that
// dies a workspace at a time (660 MB). With the growing factor at 2.2 for that work they stay near
// 350 and 300 MB for a few percent more time (measured on the benchmark: 1.5 and 2 cost up to 10 %
// on the Word documents, 2.6 peaks above 400 MB). The flag is the process's, worker threads
// included, so it is reset to V8's default when the work ends.
import { setFlagsFromString } from 'node:v8';

/** V8's heap growing factor while `work` runs: 1 + this / 100. */
const GROWING_PERCENT = 120;

/** How many callers are inside: the flag is set by the first and reset by the last. */
let depth = 0;

export async function withTightHeap<T>(work: () => Promise<T>): Promise<T> {
  if (depth++ === 0) setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  try {
    return await work();
  } finally {
    // 0 is V8's default: the factor chosen by its own heuristics (V8 offers no way to read a flag back).
    if (--depth === 0) setFlagsFromString('--heap-growing-percent=0');
  }
}

/** For a worker thread that does such work all its life: the tighter heap stays until it ends (the flag is reset by whoever set it first on the main thread). */
export function keepTightHeap(): void {
  if (depth++ === 0) setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
