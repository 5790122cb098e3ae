// Creating a folder and the folders above it, in a bounded number of steps. Node's
// mkdirSync(p, { recursive: true }) retries for ever where a file system answers EEXIST for a
// parent and ENOENT for the child (/proc/nope); here each missing folder is created once, from the
// nearest one that exists downwards, and the first refusal is thrown.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function notFolder(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: 'ENOTDIR', errno: -20, syscall: 'mkdir', path });
}

/** Makes `dir` (and its missing parents); throws the system error of the first step that fails. */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  // Up to the nearest folder that exists: at most one step per level of the path.
  for (let d = resolve(dir); ;) {
    try {
      if (!statSync(d).isDirectory()) throw notFolder(d);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(d) === d) throw err;
      missing.push(d);
      d = dirname(d);
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      // Made meanwhile by another process: fine if it is a folder.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(d).isDirectory()) throw err;
    }
  }
}
