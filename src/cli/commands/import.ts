// `gkml import`: run the importer, list what it found (one line per problem, with its cell) and
// sum up. Exit 0 when every row became an item (warnings only), 1 when some could not. With
// `--into`, the workbook is merged into a workspace instead: a line per domain of what changed,
// and with `--dry-run` the diff of every file it would write.
import { GkmlError } from '../../core/errors.js';
import { importFile } from '../../import/import.js';
import type { MergeResult } from '../../import/merge.js';
import { cellName } from '../../import/grid.js';
import type { ImportProblem } from '../../import/problem.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { REPORT } from '../../i18n/catalogue/report.js';
import { msg, NOTHING, say, type Message } from '../../i18n/messages.js';
import type { Text } from '../../i18n/text.js';
import { fieldTitle } from '../../rules/support/item.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';

export type ImportFlags = CommandFlags<'import'>;

function listProblems(problems: readonly ImportProblem[], ctx: CliContext): void {
  for (const p of problems) {
    const severity = p.severity === 'error' ? REPORT.error : REPORT.warning;
    ctx.stdout(say(ctx.lang, CLI.importProblem, { ref: cellName(p.at), severity: msg(severity), message: p.message }) + '\n');
  }
}

export async function runImport(file: string, flags: ImportFlags, ctx: CliContext): Promise<number> {
  if (flags.into !== undefined) return runMerge(file, flags.into, flags, ctx);
  if (flags.prune || flags.dryRun) throw new GkmlError(msg(CLI.needsInto));
  const result = await importFile({ file, domain: flags.domain, out: flags.out, force: flags.force, cwd: ctx.cwd });
  listProblems(result.problems, ctx);
  const written = result.files.length ? msg(CLI.importedFiles, { files: result.files }) : NOTHING;
  const counts = { rows: result.rowsRead, items: result.itemCount, problems: result.problems.length, errors: result.errorCount };
  ctx.stderr(say(ctx.lang, CLI.imported, { ...counts, written }) + '\n');
  return result.errorCount > 0 || result.itemCount === 0 ? 1 : 0;
}

async function runMerge(file: string, into: string, flags: ImportFlags, ctx: CliContext): Promise<number> {
  const { mergeInto } = await import('../../import/merge.js');
  const result = await mergeInto({ file, into, domain: flags.domain, prune: flags.prune, dryRun: flags.dryRun, cwd: ctx.cwd });
  listProblems(result.problems, ctx);
  if (flags.dryRun) {
    const { unifiedDiff } = await import('../../util/text-diff.js');
    for (const f of result.files) ctx.stdout(unifiedDiff(f.display, f.before, f.after));
  }
  for (const line of domainLines(result)) ctx.stderr(say(ctx.lang, line) + '\n');
  const changed = result.domains.reduce((n, d) => n + d.changed.length, 0);
  const added = result.domains.reduce((n, d) => n + d.added.length, 0);
  const files = flags.dryRun
    ? msg(CLI.mergedDryRun)
    : result.written
      ? msg(CLI.mergedWritten, { count: result.files.length })
      : msg(CLI.mergedNoFiles);
  ctx.stderr(say(ctx.lang, CLI.merged, { rows: result.rowsRead, workspace: into, changed, added, files }) + '\n');
  return result.errorCount > 0 ? 1 : 0;
}

/** One line per domain the merge changes or has something to say about (one line when there is nothing at all). */
function domainLines(result: MergeResult): Text[] {
  const told = result.domains.filter((d) => d.changed.length || d.added.length || d.missing.length);
  if (!told.length) return [msg(CLI.mergedNothing)];
  return told.map((d) => {
    const parts = [];
    if (d.changed.length) {
      const items = d.changed.map((c) => msg(CLI.mergedItem, { id: c.id, fields: c.fields.map(fieldTitle) }));
      parts.push(msg(CLI.mergedChanged, { count: d.changed.length, items }));
    }
    if (d.added.length) parts.push(msg(CLI.mergedAdded, { count: d.added.length, ids: d.added }));
    const missing: Message = result.pruned ? CLI.mergedPruned : CLI.mergedMissing;
    if (d.missing.length) parts.push(msg(missing, { count: d.missing.length, ids: d.missing }));
    return msg(CLI.mergedDomain, { name: d.name, parts });
  });
}
