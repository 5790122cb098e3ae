// Files `npm run build` generates from the sources (scripts/generate.mjs) into dist/generated/:
// the precompiled schema validators, the national role names and what the guidelines write. The running code reads them from
// there whether it runs from dist/ or, under test, from src/. A missing file is a broken install, said loudly, never worked around.
import { existsSync } from 'node:fs';
import { CORE } from '../i18n/catalogue/core.js';
import { msg } from '../i18n/messages.js';
import { GkmlError } from './errors.js';
import { packagePath } from './package.js';

export const GENERATED_DIR = packagePath('dist/generated/');

/** The absolute path of a generated file; refuses to go on when it is missing. */
export function generatedFile(name: string): string {
  const path = GENERATED_DIR + name;
  if (!existsSync(path)) {
    throw new GkmlError(msg(CORE.notBuilt, { name }));
  }
  return path;
}
