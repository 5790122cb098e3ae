// Every JSON Schema gkml publishes, by name: the directory schema as committed, and the config and
// units schemas generated from the rule metadata. `gkml schema` prints them; init copies them.
import { readFileSync } from 'node:fs';
import { GkmlError } from '../../core/errors.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg } from '../../i18n/messages.js';
import { DIRECTORY_SCHEMA_PATH, SCHEMA_NAMES } from '../../schema/directory-schema.js';
import { configSchema, unitsSchema, type RuleEntry } from '../../schema/config-schema.js';
import { RULES } from '../index.js';

export { SCHEMA_NAMES };
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The rules as the config schema lists them. */
export const ruleEntries = (): RuleEntry[] =>
  RULES.map((r) => ({ slug: r.meta.slug, code: r.meta.code, description: r.meta.description, severity: r.meta.severity }));

/** The file a schema is published as: directory.schema.json … */
export const schemaFileName = (name: SchemaName) => `${name}.schema.json`;

export function schemaText(name: string): string {
  switch (name) {
    case 'directory':
      return readFileSync(DIRECTORY_SCHEMA_PATH, 'utf8');
    case 'config':
      return JSON.stringify(configSchema(ruleEntries()), null, 2) + '\n';
    case 'units':
      return JSON.stringify(unitsSchema(), null, 2) + '\n';
    default:
      throw new GkmlError(msg(CLI.unknownSchema, { name, choices: SCHEMA_NAMES }));
  }
}
