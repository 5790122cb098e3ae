// The compiled schema validators: ajv standalone code that `npm run build` generates from the
// committed schemas (src/schema/generate-validators.ts), so no run ever loads the ajv compiler and
// a test of src/ checks what ships. Start-up stays close to bare Node.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { generatedFile } from '../core/generated.js';

export const VALIDATOR_NAMES = ['county', 'guideline', 'config', 'units'] as const;
export type ValidatorName = (typeof VALIDATOR_NAMES)[number];

/** The generated file, by its name in dist/generated/. */
export const VALIDATORS_FILE = 'validators.cjs';

const require = createRequire(import.meta.url);
let validators: Record<ValidatorName, ValidateFunction> | undefined;

export function validator(name: ValidatorName): ValidateFunction {
  validators ??= require(generatedFile(VALIDATORS_FILE)) as Record<ValidatorName, ValidateFunction>;
  return validators[name];
}
