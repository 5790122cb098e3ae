// `gkml import`: run the importer, list what it found (one line per problem, with its cell) and
// sum up. Exit 0 when every row became an item (warnings only), 1 when some could not.
import { importFile } from '../../import/import.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { REPORT } from '../../i18n/catalogue/report.js';
import { msg, NOTHING, say } from '../../i18n/messages.js';
import type { CliContext } from '../io.js';

export interface ImportFlags {
  domain?: string;
  out?: string;
  force?: boolean;
}

export async function runImport(file: string, flags: ImportFlags, ctx: CliContext): Promise<number> {
  const result = await importFile({ file, domain: flags.domain, out: flags.out, force: flags.force, cwd: ctx.cwd });
  for (const p of result.problems) {
    const severity = p.severity === 'error' ? REPORT.error : REPORT.warning;
    ctx.stdout(say(ctx.lang, CLI.importProblem, { ref: p.ref, severity: msg(severity), message: p.message }) + '\n');
  }
  const written = result.files.length ? msg(CLI.importedFiles, { files: result.files }) : NOTHING;
  const counts = { rows: result.rowsRead, items: result.itemCount, problems: result.problems.length, errors: result.errorCount };
  ctx.stderr(say(ctx.lang, CLI.imported, { ...counts, written }) + '\n');
  return result.errorCount > 0 || result.itemCount === 0 ? 1 : 0;
}
