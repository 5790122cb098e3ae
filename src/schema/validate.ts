// Validates a file's data against the directory schema (ajv, draft-07) and turns each ajv error
// into a positioned, localised finding.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Text } from '../i18n/text.js';
import { locate, pointerToPath } from '../workspace/locate.js';
import type { SourceFile } from '../workspace/source.js';
import { schemaForProfile, type Profile } from './directory-schema.js';
import { schemaMessage } from './messages.js';

export interface SchemaProblem {
  pointer: string;
  start: number;
  end: number;
  message: Text;
  suggestion?: string;
  itemIndex?: number;
}

const validators = new Map<Profile, ValidateFunction>();

export function createAjv() {
  const ajv = new Ajv({ allErrors: true, verbose: true, messages: false, strict: true, allowUnionTypes: true });
  // Annotation keywords of our schemas: English titles and format hints for messages.
  ajv.addKeyword({ keyword: 'x-title-en', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-format-hint', schemaType: 'object' });
  return ajv;
}

function validatorFor(profile: Profile): ValidateFunction {
  let v = validators.get(profile);
  if (!v) {
    v = createAjv().compile(schemaForProfile(profile));
    validators.set(profile, v);
  }
  return v;
}

/** The profile a file is checked under: forced by the caller, else declared in the file. */
export function profileOf(data: unknown, forced?: Profile): Profile {
  if (forced) return forced;
  if (data && typeof data === 'object' && (data as { profile?: unknown }).profile === 'guideline') return 'guideline';
  return 'county';
}

function itemWhere(data: unknown, path: (string | number)[]): { where: Text; index?: number } {
  if (path[0] === 'items' && typeof path[1] === 'number') {
    const index = path[1];
    const item = (data as { items?: unknown[] }).items?.[index] as { id?: unknown } | undefined;
    const id = item && typeof item.id === 'string' ? item.id : undefined;
    return {
      index,
      where: id ? { zh: `事项“${id}”`, en: `item "${id}"` } : { zh: `第 ${index + 1} 个事项`, en: `item ${index + 1}` },
    };
  }
  return { where: { zh: '', en: '' } };
}

/** ajv reports an `if` failure next to the real `then` error; only the real one is worth showing. */
function isNoise(error: ErrorObject): boolean {
  return error.keyword === 'if';
}

export function validateSchema(file: SourceFile, profile: Profile): SchemaProblem[] {
  const validate = validatorFor(profile);
  if (validate(file.data)) return [];
  const problems: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    if (isNoise(error)) continue;
    const path = pointerToPath(error.instancePath);
    const { where, index } = itemWhere(file.data, path);
    const message = schemaMessage(error, where);
    const place = error.keyword === 'required' ? locate(file, path) : locate(file, path, message.key);
    const pointer =
      error.keyword === 'required'
        ? `${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`
        : message.key
          ? `${error.instancePath}/${message.key}`
          : error.instancePath;
    problems.push({ pointer, start: place.start, end: place.end, message: message.text, suggestion: message.suggestion, itemIndex: index });
  }
  return problems;
}
