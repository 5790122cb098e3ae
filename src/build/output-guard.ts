// One build per output folder at a time, and nothing left behind by a build that crashed. A lock
// file beside the output names the build holding it (pid, start time); a second build waits for it
// (`--wait`) or stops at once. A lock, staging folder or swapped-out old output whose process is
// gone is taken over or removed; never one of a live process.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
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

/** Removes the staging and old folders of `out` that builds no longer running left behind; says each. */
export function removeLeftovers(out: string, notice: (text: Text) => void): void {
  const dir = dirname(out);
  if (!existsSync(dir)) return;
  const pattern = new RegExp(`^\\.${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:building|old)-(\\d+)$`);
  for (const name of readdirSync(dir).sort()) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    notice(msg(BUILD.leftoverRemoved, { pid, path: join(dir, name) }));
  }
}

interface LockHolder {
  pid: number;
  started: string;
}

function readHolder(path: string): { text: string; holder?: LockHolder } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? { text, holder } : { text };
  } catch {
    return { text };
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Takes the output's lock, waiting up to `waitSeconds` for a build that holds it; returns its
 * release. A lock of a process that is gone (or unreadable) is taken over.
 */
export async function lockOutput(out: string, waitSeconds: number, signal?: AbortSignal): Promise<() => void> {
  const path = lockFile(out);
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString() };
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    signal?.throwIfAborted();
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        if (readHolder(path)?.holder?.pid === me.pid) rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const seen = readHolder(path);
    if (!seen) continue;
    if (!seen.holder || !isAlive(seen.holder.pid)) {
      // Taken over only if it is still the lock just read, not one a faster build has made since.
      if (readHolder(path)?.text === seen.text) rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new GkmlError(msg(BUILD.outputLocked, { out, pid: seen.holder.pid, started: seen.holder.started }));
    await sleep(100);
  }
}
