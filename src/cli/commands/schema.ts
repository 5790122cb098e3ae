// `gkml schema`: print one of the published JSON Schemas.
import { readFileSync } from 'node:fs';
import { configSchema, unitsSchema } from '../../rules/support/config-schema.js';
import { DIRECTORY_SCHEMA_PATH } from '../../schema/directory-schema.js';
import { GkmlError } from '../../core/errors.js';
import type { CliContext } from '../io.js';

export const SCHEMA_NAMES = ['directory', 'config', 'units'] as const;

export function schemaText(name: string): string {
  switch (name) {
    case 'directory':
      return readFileSync(DIRECTORY_SCHEMA_PATH, 'utf8');
    case 'config':
      return JSON.stringify(configSchema(), null, 2) + '\n';
    case 'units':
      return JSON.stringify(unitsSchema(), null, 2) + '\n';
    default:
      throw new GkmlError({ zh: `未知的 schema：${name}（可用：${SCHEMA_NAMES.join('、')}）`, en: `unknown schema: ${name} (available: ${SCHEMA_NAMES.join(', ')})` });
  }
}

export function runSchema(name: string | undefined, ctx: CliContext): number {
  ctx.stdout(schemaText(name ?? 'directory'));
  return 0;
}
