// What an editor needs to complete and check a workspace's YAML: the workspace's own JSON Schemas
// (src/init/editor-schemas.ts) written into it (.gkml/schemas/), so every modeline points at a file
// that exists wherever the workspace is moved and however gkml was installed, with the fingerprint
// of what they were made from beside them (a cheap test of staleness); and VS Code's yaml.schemas
// associations in .vscode/settings.json, merged into the settings already there (never clobbered).
import { WORKSPACE_SCHEMAS, type WorkspaceSettings } from '../workspace/config.js';
import { workspaceSettings } from '../workspace/config-inheritance.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SCHEMA_NAMES, schemaFileName, type SchemaName } from '../rules/support/schemas.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { editorInputs, editorSchemas, inputsHash } from './editor-schemas.js';
import { makeFolder } from '../util/make-folder.js';

const SETTINGS = '.vscode/settings.json';

/** The files each schema describes, as VS Code's yaml.schemas globs them (relative to the root). */
const ASSOCIATIONS: Readonly<Record<SchemaName, readonly string[]>> = {
  directory: ['directories/*.yaml', 'directories/**/*.yaml'],
  config: ['gkml.config.yaml'],
  units: ['units.yaml'],
};

/** The modeline of a file in `fromDir` of the workspace at `root`: `# yaml-language-server: $schema=…`. */
export function modeline(root: string, fromDir: string, name: SchemaName): string {
  const path = relative(fromDir, join(root, WORKSPACE_SCHEMAS, schemaFileName(name)))
    .split('\\')
    .join('/');
  return `# yaml-language-server: $schema=${path}\n`;
}

/** The fingerprint file beside the copies: the hash of the inputs they were made from. */
const FINGERPRINT = 'inputs.sha256';

/** The schema files of the workspace at `root` with these settings, the fingerprint last: path → text. */
function schemaFiles(root: string, settings: WorkspaceSettings): Map<string, string> {
  const inputs = editorInputs(settings);
  const schemas = editorSchemas(inputs);
  const dir = join(root, WORKSPACE_SCHEMAS);
  const files = new Map(SCHEMA_NAMES.map((n) => [join(dir, schemaFileName(n)), JSON.stringify(schemas[n], null, 2) + '\n']));
  return files.set(join(dir, FINGERPRINT), inputsHash(inputs) + '\n');
}

function writeSchemas(root: string, settings: WorkspaceSettings): string[] {
  const written: string[] = [];
  for (const [path, text] of schemaFiles(root, settings)) {
    makeFolder(dirname(path));
    writeFileAtomic(path, text);
    written.push(path);
  }
  return written;
}

/**
 * For `gkml lint` and `gkml status`: the copies of a workspace that has them (made by `gkml init`)
 * rewritten when they were made from other inputs (its defaults, levels, channels, units.yaml, or
 * another gkml). True when they were. Costs one small file read when they are current.
 */
export async function refreshStaleSchemas(root: string, cwd: string): Promise<boolean> {
  const dir = join(root, WORKSPACE_SCHEMAS);
  if (!existsSync(dir)) return false;
  const settings = await workspaceSettings(root, cwd);
  const fingerprint = join(dir, FINGERPRINT);
  const stored = existsSync(fingerprint) ? readFileSync(fingerprint, 'utf8').trim() : undefined;
  if (stored === inputsHash(editorInputs(settings)) && SCHEMA_NAMES.every((n) => existsSync(join(dir, schemaFileName(n))))) return false;
  writeSchemas(root, settings);
  return true;
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
export async function writeEditorSetup(root: string, cwd: string): Promise<EditorSetup> {
  const written = writeSchemas(root, await workspaceSettings(root, cwd));
  const settingsPath = join(root, SETTINGS);
  const existing = existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined;
  const merged = mergedSettings(existing);
  if (merged !== undefined && merged !== existing) {
    makeFolder(dirname(settingsPath));
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
export async function updateSchemas(
  root: string,
  cwd: string,
  config: string,
  units: string | undefined,
  directories: readonly string[],
): Promise<EditorSetup> {
  const setup = await writeEditorSetup(root, cwd);
  const repointed = [
    repointModeline(root, config, 'config'),
    units ? repointModeline(root, units, 'units') : undefined,
    ...directories.map((d) => repointModeline(root, d, 'directory')),
  ];
  return { ...setup, written: [...setup.written, ...repointed.filter((p): p is string => p !== undefined)] };
}
