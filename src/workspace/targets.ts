// Turns what the user typed (`gkml lint a.yaml dir/ 'glob/*.yaml'`) into the files to read, each
// with the workspace it belongs to. Sorted by code point so every run sees the same order.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import { GkmlError } from '../core/errors.js';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import { CONFIG_FILE, findWorkspaceRoot, loadConfig } from './config.js';
import { displayPath, isInside } from '../util/paths.js';

export interface Target {
  /** Absolute path of the file. */
  path: string;
  display: string;
  /** The workspace folder the file belongs to, if any. */
  root?: string;
}

const YAML_FILES = ['*.yaml', '*.yml'];
/** Files of a workspace that are not directories. */
const NOT_DIRECTORIES = new Set([CONFIG_FILE, 'units.yaml']);

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** globby is loaded only when a folder or pattern has to be expanded: linting one file never pays for it. */
async function globbyModule() {
  return import('globby');
}

// globby's sync API throughout: a workspace folder is small, and for the hundred of a province the
// async walk spent three times as long waiting on the thread pool (measured: 90 ms against 30 ms).
async function glob(patterns: string[], cwd: string): Promise<string[]> {
  const { globbySync } = await globbyModule();
  const found = globbySync(patterns, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false });
  return found.map((p) => resolve(p));
}

/**
 * The directory files of the workspace at `root`, from its `directories` glob. A file that is a
 * symbolic link to somewhere outside the workspace is refused: a workspace publishes only its own files.
 */
export async function workspaceFiles(root: string, cwd: string): Promise<string[]> {
  const config = loadConfig(join(root, CONFIG_FILE), cwd);
  const patterns = Array.isArray(config.directories) ? config.directories : [config.directories];
  const files = patterns.length ? await glob(patterns, root) : [];
  const realRoot = realpathSync.native(root);
  // Where a file really is: its folder's real path (one realpath per folder, not per file) unless
  // the file is itself a link.
  const realFolders = new Map<string, string>();
  const realPath = (f: string) => {
    if (lstatSync(f).isSymbolicLink()) return realpathSync.native(f);
    const dir = dirname(f);
    let real = realFolders.get(dir);
    if (real === undefined) realFolders.set(dir, (real = realpathSync.native(dir)));
    return join(real, basename(f));
  };
  for (const f of files) {
    if (!isInside(realRoot, realPath(f))) {
      throw new GkmlError(msg(WORKSPACE.symlinkOutside, { file: displayPath(f, cwd) }), { file: displayPath(f, cwd) });
    }
  }
  return files;
}

/**
 * The files the config's `directories` names one by one (not by a pattern, nor left out by !) that are not there: a
 * directory file deleted or moved, whose domain the workspace no longer has. Relative to the workspace.
 */
export async function missingListedFiles(root: string, cwd: string): Promise<string[]> {
  const config = loadConfig(join(root, CONFIG_FILE), cwd);
  const { isDynamicPattern } = await globbyModule();
  const named = (Array.isArray(config.directories) ? config.directories : [config.directories]).filter((p) => !p.startsWith('!') && !isDynamicPattern(p));
  return named.filter((p) => !statOrUndefined(resolve(root, p))?.isFile());
}

/**
 * The child workspaces of a workspace (`regions: [counties/*]`, at any level), sorted, each a folder
 * with its own gkml.config.yaml. Folders outside the parent are never followed.
 */
export async function childWorkspaces(root: string, cwd: string): Promise<string[]> {
  const config = loadConfig(join(root, CONFIG_FILE), cwd);
  if (!config.regions?.length) return [];
  const { globbySync } = await globbyModule();
  const dirs = globbySync(config.regions, { cwd: root, absolute: true, onlyDirectories: true, followSymbolicLinks: false });
  return dirs
    .map((d) => resolve(d))
    .filter((d) => isInside(root, d) && d !== root && statOrUndefined(join(d, CONFIG_FILE))?.isFile())
    .sort(compareStrings);
}

/** Every workspace from `root` down: itself, then its regions (and theirs), in sorted order. */
export async function workspaceTree(root: string, cwd: string): Promise<string[]> {
  return (await regionTree(root, cwd)).map((r) => r.dir);
}

/** The regions below `root` at every depth (1 for a child), each followed by its own, in sorted order. */
export async function regionTree(root: string, cwd: string, depth = 0): Promise<{ dir: string; depth: number }[]> {
  const out = [{ dir: root, depth }];
  for (const child of await childWorkspaces(root, cwd)) out.push(...(await regionTree(child, cwd, depth + 1)));
  return out;
}

/** `withRegions: false` takes a workspace's own files only, not its child regions'. */
export async function resolveTargets(inputs: readonly string[], cwd: string, { withRegions = true } = {}): Promise<Target[]> {
  const byPath = new Map<string, Target>();
  const add = (path: string, root: string | undefined) => {
    if (!byPath.has(path)) byPath.set(path, { path, display: displayPath(path, cwd), root });
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const stat = statOrUndefined(abs);
    if (stat?.isDirectory()) {
      if (statOrUndefined(join(abs, CONFIG_FILE))?.isFile()) {
        let count = 0;
        for (const ws of withRegions ? await workspaceTree(abs, cwd) : [abs]) {
          const files = await workspaceFiles(ws, cwd);
          count += files.length;
          for (const f of files) add(f, ws);
        }
        // Without its regions, a city or province may well have no files of its own.
        if (count === 0 && withRegions) {
          throw new GkmlError(msg(WORKSPACE.noDirectoryFiles, { input }));
        }
      } else {
        const files = (await glob(YAML_FILES, abs)).filter((f) => !NOT_DIRECTORIES.has(f.slice(f.lastIndexOf('/') + 1)));
        if (files.length === 0) {
          throw new GkmlError(msg(WORKSPACE.noYamlFiles, { input }));
        }
        const root = findWorkspaceRoot(abs);
        for (const f of files) add(f, root);
      }
    } else if (stat?.isFile()) {
      add(abs, findWorkspaceRoot(dirname(abs)));
    } else if ((await globbyModule()).isDynamicPattern(input)) {
      const files = await glob([input], cwd);
      if (files.length === 0) {
        throw new GkmlError(msg(WORKSPACE.noMatch, { input }));
      }
      for (const f of files) add(f, findWorkspaceRoot(dirname(f)));
    } else {
      throw new GkmlError(msg(WORKSPACE.notFound, { input }));
    }
  }
  return [...byPath.values()].sort((a, b) => compareStrings(a.display, b.display));
}
