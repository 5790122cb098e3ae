// One build per output folder at a time, and nothing left behind by a build that crashed. A lock
// file beside the output names the build holding it (pid, start time); a second build waits for it
// (`--wait`) or stops at once. A lock, staging folder or swapped-out old output whose process is
// gone is taken over or removed; never one of a live process.
import { existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';

/** Where a build writes before its output is swapped in. */
export const stagingFolder = (out: string, pid = process.pid) => join(dirname(out), `.${basename(out)}.building-${pid}`);
/** Where the previous output waits while the new one is renamed into place. */
export const oldFolder = (out: string, pid = process.pid) => join(dirname(out), `.${basename(out)}.old-${pid}`);
const lockFile = (out: string) => join(dirname(out), `.${basename(out)}.lock`);

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
    for (;;) {
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
      if (!seen) continue;
      if (isStale(seen)) {
        // Taken over only if it is still the lock just read, not one a faster build has made since.
        if (readLock(path)?.text === seen.text) rmSync(path, { force: true });
        continue;
      }
      if (Date.now() >= deadline) {
        throw new GkmlError(msg(BUILD.outputLocked, { out, pid: seen.holder?.pid ?? '?', started: seen.holder?.started ?? '?' }));
      }
      await sleep(100);
    }
  } finally {
    rmSync(draft, { force: true });
  }
}
