// Validates a file's data against its JSON Schema (a directory under its profile, a workspace
// config, a units registry) and turns each ajv error into a positioned, localised problem.
import type { ErrorObject } from 'ajv';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import type { Profile } from '../schema/directory-schema.js';
import { schemaMessage } from '../schema/messages.js';
import { validator, type ValidatorName } from '../schema/validators.js';
import { locate, pointerToPath } from './locate.js';
import type { SourceFile } from './source.js';

export interface SchemaProblem {
  pointer: string;
  start: number;
  end: number;
  message: Text;
  suggestion?: string;
  itemIndex?: number;
  /** For a missing required field: its name. */
  missing?: string;
}

/** The profile a directory file is checked under: forced by the caller, else declared in the file. */
export function profileOf(data: unknown, forced?: Profile): Profile {
  if (forced) return forced;
  if (data && typeof data === 'object' && (data as { profile?: unknown }).profile === 'guideline') return 'guideline';
  return 'county';
}

function itemWhere(data: unknown, path: (string | number)[]): { where?: Text; index?: number } {
  if (path[0] === 'items' && typeof path[1] === 'number') {
    const index = path[1];
    const item = (data as { items?: unknown[] }).items?.[index] as { id?: unknown } | undefined;
    const id = item && typeof item.id === 'string' ? item.id : undefined;
    return {
      index,
      where: id ? msg(WORKSPACE.item, { id }) : msg(WORKSPACE.itemNumber, { n: index + 1 }),
    };
  }
  return {};
}

/** ajv reports an `if` failure next to the real `then` error; only the real one is worth showing. */
function isNoise(error: ErrorObject): boolean {
  return error.keyword === 'if';
}

/**
 * A field written under another key (`公开时限:` for timeframe) is one mistake: the unknown key's
 * finding names the field, so the field is not also reported missing.
 */
function namedElsewhere(problems: SchemaProblem[]): SchemaProblem[] {
  const renamed = new Set(
    problems.flatMap((p) => (p.suggestion && !p.missing ? [`${p.pointer.slice(0, p.pointer.lastIndexOf('/'))}/${p.suggestion}`] : [])),
  );
  return problems.filter((p) => !(p.missing && renamed.has(p.pointer)));
}

/** True when `data` passes the schema (no positions needed: the fast path of clean files). */
export function isValid(data: unknown, schema: ValidatorName): boolean {
  return validator(schema)(data) === true;
}

/** The schema's problems with `data` (the file's own, unless the caller reads it as meant), placed in the file. */
export function validateFile(file: SourceFile, schema: ValidatorName, data: unknown = file.data): SchemaProblem[] {
  const validate = validator(schema);
  if (validate(data)) return [];
  const problems: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    if (isNoise(error)) continue;
    const path = pointerToPath(error.instancePath);
    const { where, index } = itemWhere(data, path);
    const message = schemaMessage(error, where);
    const place = error.keyword === 'required' ? locate(file, path) : locate(file, path, message.key);
    const pointer =
      error.keyword === 'required'
        ? `${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`
        : message.key
          ? `${error.instancePath}/${message.key}`
          : error.instancePath;
    const missing = error.keyword === 'required' ? String((error.params as { missingProperty: string }).missingProperty) : undefined;
    problems.push({
      pointer,
      start: place.start,
      end: place.end,
      message: message.text,
      suggestion: message.suggestion,
      itemIndex: index,
      ...(missing ? { missing } : {}),
    });
  }
  return namedElsewhere(problems);
}
