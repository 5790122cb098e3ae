// Turns what the user typed (`gkml lint a.yaml dir/ 'glob/*.yaml'`) into the files to read, each
// with the workspace it belongs to. Sorted by code point so every run sees the same order. A file
// reached through a symbolic link that leaves its boundary (src/workspace/links.ts) stays a
// target, marked refused: lint reports it, and nothing reads it. Never dropped without a word.
import { basename, dirname, join, resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import { descendants } from '../core/region-tree.js';
import { GkmlError } from '../core/errors.js';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { CONFIG_FILE, findWorkspaceRoot, loadConfig } from './config.js';
import { isLink, linkBoundary, linkGuard, type LinkGuard } from './links.js';
import { TABLE_FILE_PATTERNS } from './table-files.js';
import { regionFolders, type RegionFolder, type TableRegion } from './region-folders.js';
import { displayPath, statOrUndefined } from '../util/paths.js';

export interface Target {
  /** Absolute path of the file. */
  path: string;
  display: string;
  /** The workspace folder the file belongs to, if any. */
  root?: string;
  /** Why the file is not read (a link that leaves its boundary, or leads nowhere): lint reports this instead. */
  refusal?: Text;
  /** A submitted table listed as a region: the workspace that lists it, whose settings it is checked with. */
  regionOf?: string;
}

const YAML_FILES = ['*.yaml', '*.yml'];
/** Files of a workspace that are not directories. */
const NOT_DIRECTORIES = new Set([CONFIG_FILE, 'units.yaml']);

/** globby is loaded only when a folder or pattern has to be expanded: linting one file never pays for it. */
async function globbyModule() {
  return import('globby');
}

/** A file a pattern matched; `link` when the entry itself is a symbolic link. */
interface Found {
  path: string;
  link: boolean;
}

// globby's sync API throughout: a workspace folder is small, and for the hundred of a province the
// async walk spent three times as long waiting on the thread pool (measured: 90 ms against 30 ms).
// Links are listed with the files (a link to a folder is not a file): each is then checked, never skipped.
async function glob(patterns: readonly string[], cwd: string, caseSensitiveMatch = true): Promise<Found[]> {
  const { globbySync } = await globbyModule();
  const entries = globbySync([...patterns], {
    cwd,
    absolute: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    dot: false,
    caseSensitiveMatch,
  });
  const found: Found[] = [];
  for (const entry of entries) {
    const link = entry.dirent.isSymbolicLink();
    if (link ? !statOrUndefined(entry.path)?.isDirectory() : entry.dirent.isFile()) found.push({ path: resolve(entry.path), link });
  }
  return found;
}

function target(found: Found, root: string | undefined, guard: LinkGuard, cwd: string): Target {
  const refusal = guard(found.path, found.link);
  return { path: found.path, display: displayPath(found.path, cwd), root, ...(refusal ? { refusal } : {}) };
}

/** The directory files of the workspace at `root`, from its `directories` glob; refused links included, marked. */
async function workspaceTargets(root: string, cwd: string): Promise<Target[]> {
  const config = loadConfig(join(root, CONFIG_FILE), cwd);
  const patterns = Array.isArray(config.directories) ? config.directories : [config.directories];
  const found = patterns.length ? await glob(patterns, root) : [];
  const guard = linkGuard(linkBoundary(root, root), cwd);
  return found.map((f) => target(f, root, guard, cwd));
}

/**
 * The directory files of the workspace at `root` that may be read: a file reached through a link
 * that leaves the workspace (or its repository) is not one of them (lint reports it).
 */
export async function workspaceFiles(root: string, cwd: string): Promise<string[]> {
  return (await workspaceTargets(root, cwd)).filter((t) => !t.refusal).map((t) => t.path);
}

/**
 * The files the config's `directories` names one by one (not by a pattern, nor left out by !) that are not there: a
 * directory file deleted or moved, whose domain the workspace no longer has. Relative to the workspace.
 */
export async function missingListedFiles(root: string, cwd: string): Promise<string[]> {
  const config = loadConfig(join(root, CONFIG_FILE), cwd);
  const { isDynamicPattern } = await globbyModule();
  const named = (Array.isArray(config.directories) ? config.directories : [config.directories]).filter(
    (p) => !p.startsWith('!') && !isDynamicPattern(p),
  );
  return named.filter((p) => !statOrUndefined(resolve(root, p))?.isFile());
}

/** A submitted table listed as a region, as lint reads it: with the settings of the workspace that lists it. */
export function tableRegionTarget(path: string, table: TableRegion, cwd: string): Target {
  const refusal = table.refusal ? { refusal: table.refusal } : {};
  return { path, display: displayPath(path, cwd), root: findWorkspaceRoot(dirname(path)), regionOf: table.parent, ...refusal };
}

/** `withRegions: false` takes a workspace's own files only, not its child regions'. */
export async function resolveTargets(inputs: readonly string[], cwd: string, { withRegions = true } = {}): Promise<Target[]> {
  const byPath = new Map<string, Target>();
  const add = (t: Target) => {
    if (!byPath.has(t.path)) byPath.set(t.path, t);
  };
  const guards = new Map<string, LinkGuard>();
  /** A file found outside any workspace folder given: its workspace, and the boundary of its links. */
  const loose = (found: Found, folder: string) => {
    const root = findWorkspaceRoot(folder);
    const boundary = linkBoundary(root, folder);
    if (!guards.has(boundary)) guards.set(boundary, linkGuard(boundary, cwd));
    return target(found, root, guards.get(boundary)!, cwd);
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const stat = statOrUndefined(abs);
    if (stat?.isDirectory()) {
      if (statOrUndefined(join(abs, CONFIG_FILE))?.isFile()) {
        let count = 0;
        // The workspace, then each region below it, each before its own; a table region is one file.
        const regions: Omit<RegionFolder, 'regions'>[] = withRegions ? descendants([await regionFolders(abs, cwd)]) : [{ dir: abs }];
        for (const region of regions) {
          const files = region.table ? [tableRegionTarget(region.dir, region.table, cwd)] : await workspaceTargets(region.dir, cwd);
          count += files.length;
          files.forEach(add);
        }
        // Without its regions, a city or province may well have no files of its own.
        if (count === 0 && withRegions) {
          throw new GkmlError(msg(WORKSPACE.noDirectoryFiles, { input }));
        }
      } else {
        // A folder of submissions: its YAML files and its tables (Excel, CSV, and the old formats lint names when it refuses them).
        const yaml = (await glob(YAML_FILES, abs)).filter((f) => !NOT_DIRECTORIES.has(basename(f.path)));
        const tables = await glob(TABLE_FILE_PATTERNS, abs, false);
        if (yaml.length + tables.length === 0) {
          throw new GkmlError(msg(WORKSPACE.noYamlFiles, { input }));
        }
        for (const f of [...yaml, ...tables]) add(loose(f, abs));
      }
    } else if (stat?.isFile()) {
      add(loose({ path: abs, link: isLink(abs) }, dirname(abs)));
    } else if ((await globbyModule()).isDynamicPattern(input)) {
      const files = await glob([input], cwd);
      if (files.length === 0) {
        throw new GkmlError(msg(WORKSPACE.noMatch, { input }));
      }
      for (const f of files) add(loose(f, dirname(f.path)));
    } else {
      throw new GkmlError(msg(WORKSPACE.notFound, { input }));
    }
  }
  return [...byPath.values()].sort((a, b) => compareStrings(a.display, b.display));
}
