// The V8 heap of a gkml process, set here at the edge and never by the library (Node documents
// flags changed at run time as unpredictable for code that did not start the process). Between
// full collections V8 lets the heap grow to four times what survived the last one; writing one
// Word document makes some 100 MB of objects that die when it is written, and linting a province
// parses 82 MB of YAML that dies a workspace at a time, so peaks ran above 500 and 650 MB with
// little live. With the growing factor at 2.2 they stay near 350 and 300 MB for a few percent more
// time (bench: 1.5 and 2 cost up to 10 %, 2.6 peaks above 400 MB). The flag is the process's, so
// worker threads started later have it too.
import { setFlagsFromString } from 'node:v8';

/** V8's heap growing factor for the commands that make many short-lived objects: 1 + this / 100. */
const GROWING_PERCENT = 120;

let tightened = false;

/** Called by `gkml lint` and `gkml build` before their work starts. */
export function tightenHeap(): void {
  if (tightened) return;
  tightened = true;
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
