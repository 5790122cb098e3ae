// A workspace as it was at a git revision: its files are copied out of git into a temporary
// folder (nothing in the working tree is touched), to be loaded like any workspace.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { GkmlError } from '../core/errors.js';
import { DIFF } from '../i18n/catalogue/diff.js';
import { msg } from '../i18n/messages.js';
import { isInside } from '../util/paths.js';
import { makeFolder } from '../util/make-folder.js';
import { CONFIG_FILE } from '../workspace/config.js';
import { PATH_SETTINGS } from '../workspace/config-inheritance.js';

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

/** The files at or below `path` (relative to the repository's top) as of `rev`. */
function listed(rev: string, top: string, path: string): string[] {
  return git(['ls-tree', '-r', '-z', '--name-only', rev, '--', path], top).toString().split('\0').filter(Boolean);
}

/**
 * The config files of the folders above the workspace as of `rev`, with the files their path
 * settings name: what its inherited settings (config-inheritance.ts) read. Folders above the
 * repository are not versioned and are not looked at.
 */
function inheritedFiles(rev: string, top: string, prefix: string): string[] {
  const files: string[] = [];
  const parts = prefix ? prefix.split('/') : [];
  for (let depth = parts.length - 1; depth >= 0; depth--) {
    const dir = parts.slice(0, depth).join('/');
    const config = dir ? `${dir}/${CONFIG_FILE}` : CONFIG_FILE;
    if (!listed(rev, top, config).includes(config)) continue;
    files.push(config);
    let data: unknown;
    try {
      data = jsYaml.load(git(['show', `${rev}:${config}`], top).toString('utf8'));
    } catch {
      continue; // A broken parent config is reported when the workspace is loaded.
    }
    for (const key of PATH_SETTINGS) {
      const [first, second] = key.split('.') as [string, string | undefined];
      const section = (data as Record<string, unknown> | null)?.[first];
      const value = second === undefined ? section : (section as Record<string, unknown> | undefined)?.[second];
      const named = typeof value === 'string' ? posix.join(dir, value) : undefined;
      if (named && (dir === '' || named.startsWith(`${dir}/`)) && !named.startsWith('..')) files.push(...listed(rev, top, named));
    }
  }
  return files;
}

/** Copies `workspaceRoot` as of `rev` into a new temporary folder, with what it inherits from the folders above it. */
export function checkoutWorkspace(rev: string, workspaceRoot: string): Checkout {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], workspaceRoot).toString().trim();
  } catch {
    throw new GkmlError(msg(DIFF.notARepository, { rev }));
  }
  const prefix = relative(top, workspaceRoot).split('\\').join('/');
  const files = listed(rev, top, prefix || '.');
  if (files.length === 0) {
    throw new GkmlError(msg(DIFF.noWorkspaceAtRevision, { rev, path: prefix || '.' }));
  }
  files.push(...inheritedFiles(rev, top, prefix));
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
