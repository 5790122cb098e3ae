// What an editor needs to complete and check a workspace's YAML: gkml's JSON Schemas copied into
// the workspace (.gkml/schemas/), so every modeline points at a file that exists wherever the
// workspace is moved and however gkml was installed, and VS Code's yaml.schemas associations in
// .vscode/settings.json, merged into the settings already there (never clobbered).
import { WORKSPACE_SCHEMAS } from '../workspace/config.js';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SCHEMA_NAMES, schemaFileName, schemaText, type SchemaName } from '../rules/support/schemas.js';
import { writeFileAtomic } from '../util/atomic-write.js';

const SETTINGS = '.vscode/settings.json';

/** The files each schema describes, as VS Code's yaml.schemas globs them (relative to the root). */
const ASSOCIATIONS: Readonly<Record<SchemaName, readonly string[]>> = {
  directory: ['directories/*.yaml', 'directories/**/*.yaml'],
  config: ['gkml.config.yaml'],
  units: ['units.yaml'],
};

/** The modeline of a file in `fromDir` of the workspace at `root`: `# yaml-language-server: $schema=…`. */
export function modeline(root: string, fromDir: string, name: SchemaName): string {
  const path = relative(fromDir, join(root, WORKSPACE_SCHEMAS, schemaFileName(name))).split('\\').join('/');
  return `# yaml-language-server: $schema=${path}\n`;
}

/** The schema files of a workspace at `root`: path → text. */
export function schemaFiles(root: string): Map<string, string> {
  return new Map(SCHEMA_NAMES.map((n) => [join(root, WORKSPACE_SCHEMAS, schemaFileName(n)), schemaText(n)]));
}

/**
 * .vscode/settings.json with gkml's associations added under yaml.schemas, every other setting
 * kept; undefined when the existing file is not plain JSON (VS Code allows comments, which a
 * rewrite would lose), so it is left alone.
 */
export function mergedSettings(existing: string | undefined): string | undefined {
  let settings: Record<string, unknown> = {};
  if (existing !== undefined && existing.trim() !== '') {
    try {
      const parsed = JSON.parse(existing) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
      settings = parsed as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  const schemas = { ...((settings['yaml.schemas'] as Record<string, unknown> | undefined) ?? {}) };
  for (const name of SCHEMA_NAMES) schemas[`./${WORKSPACE_SCHEMAS}/${schemaFileName(name)}`] = [...ASSOCIATIONS[name]];
  return JSON.stringify({ ...settings, 'yaml.schemas': schemas }, null, 2) + '\n';
}

export interface EditorSetup {
  written: string[];
  /** True when .vscode/settings.json exists but could not be merged safely, and was left as it was. */
  settingsKept: boolean;
}

/** Writes (or refreshes) the schemas and merges the editor settings of the workspace at `root`. */
export function writeEditorSetup(root: string): EditorSetup {
  const written: string[] = [];
  for (const [path, text] of schemaFiles(root)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
    written.push(path);
  }
  const settingsPath = join(root, SETTINGS);
  const existing = existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined;
  const merged = mergedSettings(existing);
  if (merged !== undefined && merged !== existing) {
    mkdirSync(dirname(settingsPath), { recursive: true });
    writeFileAtomic(settingsPath, merged);
    written.push(settingsPath);
  }
  return { written, settingsKept: merged === undefined };
}

const MODELINE = /^# yaml-language-server: \$schema=.*\r?\n/;

/** A file's modeline pointed at the workspace's copy of its schema; the file is rewritten only when it had another. */
function repointModeline(root: string, path: string, name: SchemaName): string | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const line = modeline(root, dirname(path), name);
  if (!MODELINE.test(text) || text.startsWith(line)) return undefined;
  writeFileAtomic(path, text.replace(MODELINE, line));
  return path;
}

/**
 * `gkml init --update-schemas`: the workspace's schemas refreshed from this gkml, the editor
 * settings merged, and the modelines of its config, units registry and directory files pointed at
 * the workspace's copies (a workspace made by an older gkml pointed into gkml's own folder).
 */
export function updateSchemas(root: string, config: string, units: string | undefined, directories: readonly string[]): EditorSetup {
  const setup = writeEditorSetup(root);
  const repointed = [repointModeline(root, config, 'config'), units ? repointModeline(root, units, 'units') : undefined, ...directories.map((d) => repointModeline(root, d, 'directory'))];
  return { ...setup, written: [...setup.written, ...repointed.filter((p): p is string => p !== undefined)] };
}
