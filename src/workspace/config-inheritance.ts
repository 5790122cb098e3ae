// Settings inherit down the region tree (ESLint's config cascade, Eleventy's data cascade): a
// region's effective config is its parent's effective config with its own file's keys on top,
// except the keys that say which region it is. The parent of a folder is the nearest ancestor
// whose `regions:` globs name it (region-folders.ts), so linting a county alone and building its
// province see the same settings. The table of keys and how each merges is docs/config-inheritance.md.
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, levelLabelsOf, loadConfig, NO_WORKSPACE_SETTINGS, settingsFrom } from './config.js';
import type { WorkspaceConfig, WorkspaceSettings } from './config.js';
import { childWorkspaces } from './region-folders.js';
import { displayPath, statOrUndefined } from '../util/paths.js';
import { compareStrings } from '../core/order.js';
import { locate, toPosition } from './locate.js';
import { readSourceFile, type SourceFile } from './source.js';

/**
 * How each key of gkml.config.yaml comes down the tree (the compiler checks that every key is decided):
 * own: the region's identity, never inherited; keys: a map merged key by key, the child's key
 * replacing the parent's; replace: the child's value replaces the parent's whole; union: the
 * parent's entries then the child's new ones; levels: replace, the parent's labels shifted to the child's level.
 */
export const INHERITANCE: Readonly<Record<keyof WorkspaceConfig, 'own' | 'keys' | 'replace' | 'union' | 'levels'>> = {
  region: 'own',
  level: 'own',
  publisher: 'own',
  version: 'own',
  date: 'own',
  directories: 'own',
  regions: 'own',
  units: 'own',
  rules: 'keys',
  defaults: 'keys',
  xlsx: 'keys',
  docx: 'keys',
  search: 'keys',
  site: 'keys',
  templates: 'replace',
  levels: 'levels',
  channels: 'union',
};

/** The settings whose value is a path, read relative to the folder of the config that set it. */
export const PATH_SETTINGS = ['templates', 'search.synonyms', 'site.logo'] as const;

export interface EffectiveConfig {
  config: WorkspaceConfig;
  /**
   * The config files (absolute) each effective setting came from, by its key ('level',
   * 'rules.domain-coverage', 'site.identifier'); a union list has one file per contributor.
   */
  origins: Record<string, string[]>;
  /** The config files it was made from: the top of the tree first, its own last. */
  chain: string[];
}

/** A run's parent lookups: the child folders each ancestor's `regions:` names, by folder. */
const childrenOf = new Map<string, Promise<string[]>>();

/**
 * The workspace folder whose `regions:` names `dir`: the nearest such ancestor, up to the file
 * system's root. An ancestor whose config does not name it is passed over (a stray workspace above).
 */
export async function parentWorkspace(dir: string, cwd: string): Promise<string | undefined> {
  const folder = resolve(dir);
  for (let up = dirname(folder); ; up = dirname(up)) {
    if (statOrUndefined(join(up, CONFIG_FILE))?.isFile()) {
      let children = childrenOf.get(up);
      if (!children) childrenOf.set(up, (children = childWorkspaces(up, cwd)));
      if ((await children).includes(folder)) return up;
    }
    if (dirname(up) === up) return undefined;
  }
}

/**
 * A parent's level labels as the child's level sees them: 省级, 市级, 县级, 乡镇级 become 县级, 乡镇级
 * for a county, and 乡镇级, 村级 for a township (a level the parent does not name keeps its default).
 * A list that does not rename the parent's levels one for one is taken as it is.
 */
function shiftedLabels(parent: WorkspaceConfig, child: WorkspaceConfig): string[] | undefined {
  if (!parent.levels) return undefined;
  const theirs = levelLabelsOf(parent.level);
  const mine = levelLabelsOf(child.level);
  const at = theirs.indexOf(mine[0]!);
  if (at < 0 || parent.levels.length !== theirs.length) return parent.levels;
  const renamed = parent.levels.slice(at);
  return [...renamed, ...mine.slice(renamed.length)];
}

/** `own` (one config file's keys, its origin `file`) on top of its parent's effective config. */
export function inherit(parent: EffectiveConfig | undefined, own: WorkspaceConfig, file: string): EffectiveConfig {
  const config = { ...own } as Record<string, unknown>;
  const origins: Record<string, string[]> = {};
  const above = (parent?.config ?? {}) as Record<string, unknown>;
  /** A key of the result, with the config files its value came from. */
  const keep = (key: string, value: unknown, files: string[]) => ((config[key] = value), (origins[key] = files));
  for (const key of Object.keys(INHERITANCE) as (keyof WorkspaceConfig)[]) {
    const mine = own[key] as unknown;
    const theirs = above[key];
    const how = INHERITANCE[key];
    if (how === 'keys' && (mine !== undefined || theirs !== undefined)) {
      const ownKeys = (mine ?? {}) as Record<string, unknown>;
      config[key] = { ...(theirs as object), ...ownKeys };
      for (const sub of Object.keys(config[key] as object))
        origins[`${key}.${sub}`] = sub in ownKeys ? [file] : parent!.origins[`${key}.${sub}`]!;
    } else if (how === 'union' && (mine !== undefined || theirs !== undefined)) {
      const list = [...new Set([...((theirs as string[]) ?? []), ...((mine as string[]) ?? [])])];
      keep(key, list, [...new Set([...(theirs ? parent!.origins[key]! : []), ...(mine ? [file] : [])])]);
    } else if (mine !== undefined) origins[key] = [file];
    else if (how === 'levels' && parent) {
      const labels = shiftedLabels(parent.config, own);
      if (labels) keep(key, labels, parent.origins[key]!);
    } else if (how === 'replace' && theirs !== undefined) keep(key, theirs, parent!.origins[key]!);
  }
  return { config: config as unknown as WorkspaceConfig, origins, chain: [...(parent?.chain ?? []), file] };
}

/**
 * The effective config of the workspace at `root`: its parents' (recursively) with its own on top.
 * `configFile`: the file to read as its own, when it is not root's gkml.config.yaml (`lint --config`).
 * A problem in a parent's file is reported at that file's line (its defaults too: they come down here).
 */
export async function effectiveConfig(root: string, cwd: string, configFile?: string, asParent = false): Promise<EffectiveConfig> {
  const file = resolve(configFile ?? join(root, CONFIG_FILE));
  const own = loadConfig(file, cwd, asParent);
  const parentDir = await parentWorkspace(root, cwd);
  const parent = parentDir === undefined ? undefined : await effectiveConfig(parentDir, cwd, undefined, true);
  return inherit(parent, own, file);
}

/** The folder a path setting (PATH_SETTINGS) is relative to: that of the config that set it. */
export function settingFolder(settings: WorkspaceSettings, key: (typeof PATH_SETTINGS)[number]): string {
  const origin = settings.origins[key]?.[0];
  return origin ? dirname(origin) : settings.root!;
}

/** What the lint rules and the cascade need to know of the workspace at `root` (none: outside any workspace). */
export async function workspaceSettings(root: string | undefined, cwd = process.cwd(), configFile?: string): Promise<WorkspaceSettings> {
  if (!root) return NO_WORKSPACE_SETTINGS();
  const effective = await effectiveConfig(root, cwd, configFile);
  return settingsFrom(root, effective.config, effective.origins, cwd);
}

/**
 * The settings a submitted table region gets: the effective settings of the workspace that lists
 * it (a table has no config of its own). The one place where a table region's settings are made.
 */
export function tableRegionSettings(parent: string, cwd: string): Promise<WorkspaceSettings> {
  return workspaceSettings(parent, cwd);
}

/** Where a setting was written: a config file (as shown) and the line of its key (0: not written, gkml's default). */
export interface SettingSource {
  file: string;
  line: number;
}

/** `gkml config`: a region's effective settings, each with the config files that set it. */
export interface ConfigReport {
  workspace: string;
  region: string;
  /** The config files it was made from, the top of the tree first (as shown). */
  chain: string[];
  settings: { key: string; value: unknown; from: SettingSource[] }[];
}

/** The line of `key` (dotted, as in origins) in a config file, read once per file. */
function lineOf(files: Map<string, SourceFile>, path: string, key: string, cwd: string): SettingSource {
  let file = files.get(path);
  if (!file) files.set(path, (file = readSourceFile(path, displayPath(path, cwd))));
  // A rule's or field's own name may hold a dot only in its value, never in the key path's first part.
  const dot = key.indexOf('.');
  const keys = dot < 0 ? [key] : [key.slice(0, dot), key.slice(dot + 1)];
  // A key the file does not hold is gkml's default for it (`directories`): line 0.
  if (valueAt(file.data as WorkspaceConfig, key) === undefined) return { file: file.display, line: 0 };
  const at = locate(file, keys.slice(0, -1), keys.at(-1));
  return { file: file.display, line: toPosition(file, at.start, at.end).line };
}

/** The value of an origins key in the effective config ('site.identifier' → config.site.identifier). */
function valueAt(config: WorkspaceConfig, key: string): unknown {
  const dot = key.indexOf('.');
  const top = (config as unknown as Record<string, unknown> | null)?.[dot < 0 ? key : key.slice(0, dot)];
  return dot < 0 ? top : (top as Record<string, unknown> | undefined)?.[key.slice(dot + 1)];
}

/** The effective config of the workspace at `dir`, each setting in the order of the schema, with where it came from. */
export async function configReport(dir: string, cwd: string): Promise<ConfigReport> {
  const root = resolve(cwd, dir);
  const effective = await effectiveConfig(root, cwd);
  const files = new Map<string, SourceFile>();
  const order = Object.keys(INHERITANCE);
  const rank = (key: string) => order.indexOf(key.split('.')[0]!);
  const keys = Object.keys(effective.origins).sort((a, b) => rank(a) - rank(b) || compareStrings(a, b));
  return {
    workspace: displayPath(root, cwd),
    region: effective.config.region,
    chain: effective.chain.map((f) => displayPath(f, cwd)),
    settings: keys.map((key) => ({
      key,
      value: valueAt(effective.config, key),
      from: effective.origins[key]!.map((file) => lineOf(files, file, key, cwd)),
    })),
  };
}
