// Write a file so that readers see either the old content or the new, never half of it.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeFolder } from './make-folder.js';

/** A failure of the draft beside `path` is reported as one of writing `path`: the user never named the draft. */
function asWriteOf(path: string, err: unknown): unknown {
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && e.path !== undefined && e.path !== path && e.path !== dirname(path)) {
    Object.assign(e, { path, syscall: 'write' });
  }
  return err;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  makeFolder(dir);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw asWriteOf(path, err);
  }
}
