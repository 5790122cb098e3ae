// The published JSON Schema (schemas/directory.schema.json) and its two profiles:
// `county` (every field required) and `guideline` (the national baseline: only id and l1 required).
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

/** Item fields a baseline file must still give: everything else may be left unset. */
const GUIDELINE_REQUIRED = ['id', 'l1'];

export function schemaForProfile(profile: Profile): JsonObject {
  const schema = structuredClone(directorySchema());
  if (profile === 'guideline') {
    const items = (schema.properties as JsonObject).items as JsonObject;
    (items.items as JsonObject).required = GUIDELINE_REQUIRED;
  }
  return schema;
}
