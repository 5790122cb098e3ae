// `gkml schema`: print one of the published JSON Schemas, or write all of them into a folder.
import { join, resolve } from 'node:path';
import { onPath } from '../../core/system-faults.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { say } from '../../i18n/messages.js';
import { SCHEMA_NAMES, schemaFileName, schemaText } from '../../rules/support/schemas.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';
import { makeFolder } from '../../util/make-folder.js';

export type SchemaFlags = CommandFlags<'schema'>;

export function runSchema(name: string | undefined, flags: SchemaFlags, ctx: CliContext): number {
  if (flags.write !== undefined) {
    const dir = resolve(ctx.cwd, flags.write);
    onPath(flags.write, () => {
      makeFolder(dir);
      for (const n of SCHEMA_NAMES) writeFileAtomic(join(dir, schemaFileName(n)), schemaText(n));
    });
    ctx.stderr(say(ctx.lang, CLI.schemasWritten, { count: SCHEMA_NAMES.length, dir: flags.write }) + '\n');
    return 0;
  }
  ctx.stdout(schemaText(name ?? 'directory'));
  return 0;
}
