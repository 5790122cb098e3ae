// The compiled schema validators. `npm run build` precompiles them into dist/schema/validators.cjs
// (ajv standalone code), so a lint never loads or runs the ajv compiler: start-up stays close to
// bare Node. Without that file (tests running from src/) they are compiled here on first use.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, Options, ValidateFunction } from 'ajv';
import { configSchema, unitsSchema } from './config-schema.js';
import { schemaForProfile } from './directory-schema.js';

export const VALIDATOR_NAMES = ['county', 'guideline', 'config', 'units'] as const;
export type ValidatorName = (typeof VALIDATOR_NAMES)[number];

const require = createRequire(import.meta.url);

/** An ajv instance configured for gkml's schemas (annotation keywords, our own messages). */
export function createAjv(extra: Options = {}): AjvClass {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const ajv = new Ajv({ allErrors: true, verbose: true, messages: false, strict: true, allowUnionTypes: true, ...extra });
  // Annotation keywords of our schemas: English titles and format hints for messages.
  ajv.addKeyword({ keyword: 'x-title-en', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-format-hint', schemaType: 'object' });
  return ajv;
}

export function schemaFor(name: ValidatorName): object {
  switch (name) {
    case 'county':
    case 'guideline':
      return schemaForProfile(name);
    case 'config':
      return configSchema();
    case 'units':
      return unitsSchema();
  }
}

let precompiled: Partial<Record<ValidatorName, ValidateFunction>> | undefined;
const compiled = new Map<ValidatorName, ValidateFunction>();

function loadPrecompiled(): Partial<Record<ValidatorName, ValidateFunction>> {
  try {
    return require('./validators.cjs') as Record<ValidatorName, ValidateFunction>;
  } catch {
    return {};
  }
}

export function validator(name: ValidatorName): ValidateFunction {
  precompiled ??= loadPrecompiled();
  const ready = precompiled[name] ?? compiled.get(name);
  if (ready) return ready;
  const fresh = createAjv().compile(schemaFor(name));
  compiled.set(name, fresh);
  return fresh;
}
