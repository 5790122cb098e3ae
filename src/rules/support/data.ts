// The registries rules read from data/ (YAML kept in the repo, with sources and confirmed flags).
// They ship with gkml and are read once; their shapes are checked by tests/rules/data.test.ts
// against the schema each rule exports (a lint never loads the ajv compiler).
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { packagePath } from '../../core/package.js';

export const DATA_DIR = packagePath('data/');

const cache = new Map<string, unknown>();

export function loadData<T>(name: string): T {
  // js-yaml, as the lint fast path: these plain files read the same, several times faster.
  if (!cache.has(name)) cache.set(name, jsYaml.load(readFileSync(DATA_DIR + name, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as unknown);
  return cache.get(name) as T;
}

/** Schema parts for the registries: a non-empty string, and a list of them. */
export const STRING = { type: 'string', minLength: 1 } as const;
export const STRINGS = { type: 'array', items: STRING } as const;
