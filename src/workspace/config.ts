// gkml.config.yaml: what a workspace is (region, level, publication data) and how it is linted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SeveritySetting } from '../core/positions.js';
import { GkmlError } from '../core/errors.js';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import type { SiteConfig, WorkspaceConfig, WorkspaceLevel } from '../schema/config-schema.js';
import type { ValidatorName } from '../schema/validators.js';
import { decodeText } from './decode.js';
import { fastParse } from './fast-parse.js';
import { toPosition } from './locate.js';
import { displayPath } from '../util/paths.js';
import { parseCarefully } from './source.js';
import { isValid, validateFile } from './validate.js';
import { faultCause } from '../core/system-faults.js';

export const CONFIG_FILE = 'gkml.config.yaml';

// The config's type lives beside its JSON Schema, which the compiler checks against it.
export type { SiteConfig, WorkspaceConfig, WorkspaceLevel };

/** The workspace's copy of gkml's JSON Schemas (for editors), relative to its root. */
export const WORKSPACE_SCHEMAS = '.gkml/schemas';

export interface Unit {
  name: string;
  /** National role names this unit stands for (e.g. 县级人力资源社会保障部门). */
  roles: string[];
  level?: string;
}

/** What the lint rules need to know about the workspace a file belongs to. */
export interface WorkspaceSettings {
  /** Absolute folder of the workspace, when the file is in one. */
  root?: string;
  config?: WorkspaceConfig;
  levelLabels: string[];
  units?: Unit[];
  extraChannels: string[];
  rules: Record<string, SeveritySetting>;
  /** The item fields the config's `defaults` gives. */
  defaults: readonly string[];
  /** The config files each setting came from, by key (config-inheritance.ts): empty outside a workspace. */
  origins: Readonly<Record<string, readonly string[]>>;
}

/** A level's own label first (县级 for a county), then those of the levels below it. */
const DEFAULT_LEVEL_LABELS: Record<WorkspaceLevel, string[]> = {
  county: ['县级', '乡级'],
  township: ['乡级', '村级'],
  city: ['市级', '县级', '乡级'],
  province: ['省级', '市级', '县级', '乡级'],
};

/** What a level is called: 县级 for a county. */
export function levelName(level: string): string {
  return DEFAULT_LEVEL_LABELS[level as WorkspaceLevel]?.[0] ?? level;
}

/** The default labels of a level: its own first, then those below it. */
export function levelLabelsOf(level: WorkspaceLevel): string[] {
  return DEFAULT_LEVEL_LABELS[level] ?? DEFAULT_LEVEL_LABELS.county;
}

export function levelLabels(config: WorkspaceConfig | undefined): string[] {
  if (!config) return DEFAULT_LEVEL_LABELS.county;
  return config.levels ?? DEFAULT_LEVEL_LABELS[config.level];
}

/**
 * Valid settings files already read, by schema and path, with their text: a workspace's config is
 * wanted several times in one run (targets, settings, regions), and a province has a hundred.
 */
const validated = new Map<string, { text: string; data: unknown }>();

/**
 * Reads a small YAML file and validates it, throwing a positioned GkmlError on the first problem.
 * Problems under `lintedPart` are left to lint, which reports each as a finding (a config's defaults).
 */
function readValidated<T>(path: string, schemaName: ValidatorName, cwd: string, lintedPart?: string): T {
  const display = displayPath(path, cwd);
  let text: string;
  try {
    text = decodeText(readFileSync(path)).text;
  } catch (err) {
    throw new GkmlError(msg(WORKSPACE.cannotReadFile, { detail: faultCause(err, 'read') ?? (err as Error).message }), { file: display });
  }
  const key = `${schemaName}\0${path}`;
  const known = validated.get(key);
  // Reused only for the very same text; a copy, as callers may adjust what they get.
  if (known?.text === text) return structuredClone(known.data) as T;
  // A valid file is read by the fast path; yaml's positioned Document is built only to place a problem.
  const fast = fastParse(text);
  if (fast && isValid(fast.data, schemaName)) {
    validated.set(key, { text, data: fast.data });
    return structuredClone(fast.data) as T;
  }
  const file = parseCarefully(path, display, text);
  const problem =
    file.problems.find((p) => p.severity === 'error') ??
    validateFile(file, schemaName).find((p) => !lintedPart || !p.pointer.startsWith(lintedPart));
  if (problem) {
    const { line, column } = toPosition(file, problem.start, problem.end);
    throw new GkmlError(problem.message, { file: display, line, column });
  }
  return file.data as T;
}

/**
 * `asParent`: the config is read for the regions below it, whose lint does not look at its file, so a
 * problem in its defaults stops the run at its line instead of being left to its own lint.
 */
export function loadConfig(path: string, cwd = process.cwd(), asParent = false): WorkspaceConfig {
  const raw = readValidated<Partial<WorkspaceConfig>>(path, 'config', cwd, asParent ? undefined : '/defaults/');
  // A city or province made of child regions has no directory files of its own unless it says so;
  // a county with townships below it still has its own.
  const parentOnly = raw.regions && (raw.level === 'city' || raw.level === 'province');
  return { directories: parentOnly ? [] : 'directories/*.yaml', ...raw } as WorkspaceConfig;
}

export function loadUnits(path: string, cwd = process.cwd()): Unit[] {
  if (!existsSync(path)) {
    throw new GkmlError(msg(WORKSPACE.unitsNotFound, { file: displayPath(path, cwd) }), { file: displayPath(path, cwd) });
  }
  const raw = readValidated<{ units: (string | Unit)[] }>(path, 'units', cwd);
  return raw.units.map((u) => (typeof u === 'string' ? { name: u, roles: [] } : { ...u, roles: u.roles ?? [] }));
}

/** The nearest folder at or above `start` holding a gkml.config.yaml. */
export function findWorkspaceRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The settings of a file outside any workspace: gkml's defaults. */
export const NO_WORKSPACE_SETTINGS = (): WorkspaceSettings => ({
  levelLabels: levelLabels(undefined),
  extraChannels: [],
  rules: {},
  defaults: [],
  origins: {},
});

/** The settings of the workspace at `root` from its effective config (config-inheritance.ts makes it). */
export function settingsFrom(
  root: string,
  config: WorkspaceConfig,
  origins: Readonly<Record<string, readonly string[]>>,
  cwd = process.cwd(),
): WorkspaceSettings {
  return {
    root,
    config,
    levelLabels: levelLabels(config),
    units: config.units ? loadUnits(resolve(root, config.units), cwd) : undefined,
    extraChannels: config.channels ?? [],
    rules: config.rules ?? {},
    defaults: config.defaults && typeof config.defaults === 'object' ? Object.keys(config.defaults) : [],
    origins,
  };
}
