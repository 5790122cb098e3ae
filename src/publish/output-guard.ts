// One build per output folder at a time, and nothing left behind by a build that crashed. A lock
// file beside the output names the build holding it (pid, start time); a second build waits for it
// (`--wait`) or stops at once. A lock, staging folder or swapped-out old output whose process is
// gone is taken over or removed; never one of a live process.
import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { isSystemError, systemFault } from '../core/system-faults.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { displayPath, isInside } from '../util/paths.js';

/** Where a build writes before its output is swapped in. */
export const stagingFolder = (out: string, pid = process.pid) => join(dirname(out), `.${basename(out)}.building-${pid}`);
/** Where the previous output waits while the new one is renamed into place. */
export const oldFolder = (out: string, pid = process.pid) => join(dirname(out), `.${basename(out)}.old-${pid}`);
const lockFile = (out: string) => join(dirname(out), `.${basename(out)}.lock`);

/** Whether `path` is the output, inside it, a folder above it, or one of the files a build keeps beside it (staging, old output, lock). */
export function isOutputPath(out: string, path: string): boolean {
  const abs = resolve(path);
  if (isInside(out, abs) || isInside(abs, out)) return true;
  const rel = relative(dirname(out), abs);
  return !rel.startsWith('..') && rel.split(sep)[0]!.startsWith(`.${basename(out)}.`);
}

/**
 * A system error of a build as the user sees it: one that concerns the output (its folder, staging,
 * lock) names the output folder they chose, never the lock or staging file; any other names its file.
 */
export function outputFault(err: unknown, out: string, cwd: string): GkmlError | undefined {
  if (!isSystemError(err)) return undefined;
  if (!err.path || isOutputPath(out, err.path)) return systemFault(err, displayPath(out, cwd), 'write');
  return systemFault(err, displayPath(err.path, cwd), 'read');
}

/**
 * Undoes what a build of this process left when it was stopped midway (its thread terminated): the
 * previous output put back if the swap was cut between its two renames, staging, old output and
 * lock draft removed, the lock released.
 */
export function abandonOutput(out: string): void {
  const old = oldFolder(out);
  if (!existsSync(out) && existsSync(old)) renameSync(old, out);
  rmSync(stagingFolder(out), { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  rmSync(`${lockFile(out)}.${process.pid}`, { force: true });
  if (readLock(lockFile(out))?.holder?.pid === process.pid) rmSync(lockFile(out), { force: true });
}

/** Whether a process runs (one of another user counts: it cannot be signalled, but it is there). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what builds no longer running left beside `out` (staging and old folders, lock drafts); says each. */
export function removeLeftovers(out: string, notice: (text: Text) => void): void {
  const dir = dirname(out);
  if (!existsSync(dir)) return;
  // Staging and old folders, and the drafts of lock files (.<out>.lock.<pid>).
  const pattern = new RegExp(`^\\.${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:building-|old-|lock\\.)(\\d+)$`);
  for (const name of readdirSync(dir).sort()) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    // A lock draft is a few bytes; a folder may be a half-written publication, worth a word.
    if (!name.includes('.lock.')) notice(msg(BUILD.leftoverRemoved, { pid, path: join(dir, name) }));
  }
}

interface LockHolder {
  pid: number;
  started: string;
}

/** A lock this new may still be being written by the build that made it: it is held, whatever it says. */
const FRESH_MS = 10_000;

/** What a lock file says: undefined when there is none, `holder` undefined when it names no process. */
function readLock(path: string): { text: string; holder?: LockHolder; age: number } | undefined {
  let text: string;
  let age: number;
  try {
    text = readFileSync(path, 'utf8');
    age = Date.now() - statSync(path).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // Something there that cannot be read (a folder, no permission): treated as a lock held.
    return { text: '', age: 0 };
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? { text, holder, age } : { text, age };
  } catch {
    return { text, age };
  }
}

/** How many times a lock that vanished or was taken over is tried again before the wait counts. */
const RETRIES_AT_ONCE = 5;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Whether the lock's holder is gone: a process that no longer runs, or one that names no process and is old. */
function isStale(lock: { holder?: LockHolder; age: number }): boolean {
  if (!lock.holder) return lock.age > FRESH_MS;
  // Our own pid in a lock we are still trying to take: a build before us had it (in a container, pid 1 again).
  if (lock.holder.pid === process.pid) return true;
  return !isAlive(lock.holder.pid);
}

/**
 * Takes the output's lock, waiting up to `waitSeconds` for a build that holds it; returns its
 * release. The lock appears whole (written beside it, then linked into place), and a lock whose
 * process is gone is taken over.
 */
export async function lockOutput(out: string, waitSeconds: number, signal?: AbortSignal): Promise<() => void> {
  const path = lockFile(out);
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString() };
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(me));
  const deadline = Date.now() + waitSeconds * 1000;
  try {
    // Each turn links the lock or finds it held; a lock that vanishes or is taken over is tried again
    // at once, a few times, then after a pause, so no file system that keeps answering oddly spins it.
    for (let turn = 1; ; turn++) {
      signal?.throwIfAborted();
      try {
        linkSync(draft, path);
        return () => {
          if (readLock(path)?.holder?.pid === me.pid) rmSync(path, { force: true });
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const seen = readLock(path);
      const held = seen !== undefined && !isStale(seen);
      // Taken over only if it is still the lock just read, not one a faster build has made since.
      if (seen && !held && readLock(path)?.text === seen.text) rmSync(path, { force: true });
      if (Date.now() >= deadline && (held || turn > RETRIES_AT_ONCE)) {
        throw new GkmlError(msg(BUILD.outputLocked, { out, pid: seen?.holder?.pid ?? '?', started: seen?.holder?.started ?? '?' }));
      }
      if (held || turn > RETRIES_AT_ONCE) await sleep(100);
    }
  } finally {
    rmSync(draft, { force: true });
  }
}
