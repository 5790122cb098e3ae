// A workspace as it was at a git revision: its files are copied out of git into a temporary
// folder (nothing in the working tree is touched), to be loaded like any workspace.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { DIFF } from '../i18n/catalogue/diff.js';
import { msg } from '../i18n/messages.js';
import { isInside } from '../util/paths.js';
import { makeFolder } from '../util/make-folder.js';

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function isGitRevision(rev: string, cwd: string): boolean {
  try {
    git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

export interface Checkout {
  /** The temporary folder to remove when done. */
  temp: string;
  /** The workspace inside it. */
  root: string;
}

/** The start of a temporary checkout's name: the process's id, so what a stopped build leaves can be found. */
const checkoutPrefix = (pid = process.pid) => `gkml-rev-${pid}-`;

/** Removes the temporary checkouts this process made: for a build stopped midway, which could not dispose of its own. */
export function removeCheckouts(): void {
  for (const name of readdirSync(tmpdir())) {
    if (name.startsWith(checkoutPrefix())) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/** Copies `workspaceRoot` as of `rev` into a new temporary folder. */
export function checkoutWorkspace(rev: string, workspaceRoot: string): Checkout {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], workspaceRoot).toString().trim();
  } catch {
    throw new GkmlError(msg(DIFF.notARepository, { rev }));
  }
  const prefix = relative(top, workspaceRoot).split('\\').join('/');
  const listing = git(['ls-tree', '-r', '-z', '--name-only', rev, '--', prefix || '.'], top).toString();
  const files = listing.split('\0').filter(Boolean);
  if (files.length === 0) {
    throw new GkmlError(msg(DIFF.noWorkspaceAtRevision, { rev, path: prefix || '.' }));
  }
  const out = mkdtempSync(join(tmpdir(), checkoutPrefix()));
  try {
    for (const file of files) {
      const target = join(out, file);
      // Paths come from git's own tree listing, but still never write outside the temporary folder.
      if (!isInside(out, target)) continue;
      makeFolder(dirname(target));
      writeFileSync(target, git(['show', `${rev}:${file}`], top));
    }
  } catch (err) {
    // A full temporary disk midway: no half copy left behind.
    rmSync(out, { recursive: true, force: true });
    throw err;
  }
  return { temp: out, root: join(out, prefix) };
}

/** A version of a workspace: a folder, or a git revision checked out into a temporary folder (removed by `dispose`). */
export interface VersionSource {
  root: string;
  dispose(): void;
}

/** `arg` as a version: a workspace folder, else a git revision of the workspace at `base`. */
export function openVersion(arg: string, base: string | undefined, cwd: string): VersionSource {
  const path = resolve(cwd, arg);
  if (existsSync(path) && statSync(path).isDirectory()) return { root: path, dispose: () => {} };
  if (base && isGitRevision(arg, base)) {
    const copy = checkoutWorkspace(arg, base);
    return { root: copy.root, dispose: () => rmSync(copy.temp, { recursive: true, force: true }) };
  }
  throw new GkmlError(msg(DIFF.notAVersion, { arg }));
}
