// The published JSON Schema (schemas/directory.schema.json), its two profiles — `county` (every
// field required) and `guideline` (the national guidelines: only id and l1 required) — and a
// workspace's own version of it, which the editor reads: what lint accepts in that workspace.
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/package.js';

export type Profile = 'county' | 'guideline';
export const PROFILES: readonly Profile[] = ['county', 'guideline'];

/** Every JSON Schema gkml publishes, by name (`gkml schema <name>`, schemas/<name>.schema.json). */
export const SCHEMA_NAMES = ['directory', 'config', 'units'] as const;

export const SCHEMA_DIR = packagePath('schemas/');
export const DIRECTORY_SCHEMA_PATH = SCHEMA_DIR + 'directory.schema.json';

type JsonObject = Record<string, unknown>;

let cached: JsonObject | undefined;

export function directorySchema(): JsonObject {
  cached ??= JSON.parse(readFileSync(DIRECTORY_SCHEMA_PATH, 'utf8')) as JsonObject;
  return cached;
}

/** Item fields a guideline file must still give: everything else may be left unset. */
const GUIDELINE_REQUIRED = ['id', 'l1'];

const itemSchema = (schema: JsonObject) => ((schema.properties as JsonObject).items as JsonObject).items as JsonObject;

export function schemaForProfile(profile: Profile): JsonObject {
  const schema = structuredClone(directorySchema());
  if (profile === 'guideline') {
    itemSchema(schema).required = GUIDELINE_REQUIRED;
  }
  return schema;
}

/**
 * The directory schema as lint applies it in a workspace whose config's `defaults` give the item
 * fields `defaulted`: a field is required on an item only where neither those defaults, nor the
 * file's own `defaults:`, nor `profile: guideline` excuse it (lint's schema check, src/lint/check-file.ts).
 */
export function schemaForWorkspace(defaulted: readonly string[]): JsonObject {
  const schema = structuredClone(directorySchema());
  const item = itemSchema(schema);
  const open = (item.required as string[]).filter((f) => !GUIDELINE_REQUIRED.includes(f) && !defaulted.includes(f));
  item.required = GUIDELINE_REQUIRED;
  const requiredOnItems = (field: string) => ({ properties: { items: { items: { required: [field] } } } });
  const ownDefault = (field: string) => ({ properties: { defaults: { type: 'object', required: [field] } }, required: ['defaults'] });
  if (open.length === 0) return schema;
  schema.allOf = [
    {
      if: { properties: { profile: { const: 'guideline' } }, required: ['profile'] },
      else: { allOf: open.map((field) => ({ if: ownDefault(field), else: requiredOnItems(field) })) },
    },
  ];
  return schema;
}
