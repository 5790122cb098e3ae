// `gkml schema`: print one of the published JSON Schemas.
import { readFileSync } from 'node:fs';
import { configSchema, unitsSchema } from '../../rules/support/config-schema.js';
import { DIRECTORY_SCHEMA_PATH } from '../../schema/directory-schema.js';
import { GkmlError } from '../../core/errors.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg } from '../../i18n/messages.js';
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
      throw new GkmlError(msg(CLI.unknownSchema, { name, choices: SCHEMA_NAMES }));
  }
}

export function runSchema(name: string | undefined, ctx: CliContext): number {
  ctx.stdout(schemaText(name ?? 'directory'));
  return 0;
}
