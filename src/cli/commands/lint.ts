// `gkml lint`: parse flags, call the library's lint(), print with the chosen formatters, set the exit code.
import { GkmlError } from '../../core/errors.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { IMPORT } from '../../i18n/catalogue/import.js';
import { domainFromOption } from '../../import/domain.js';
import { msg, say } from '../../i18n/messages.js';
import { DEFAULT_BASELINE } from '../../lint/baseline.js';
import { DEFAULT_CACHE_LOCATION, lint } from '../../lint/lint.js';
import type { LintOptions } from '../../lint/run.js';
import { formatterFor } from '../../report/index.js';
import { colourStyle, PLAIN } from '../../report/style.js';
import { useColor, type CliContext } from '../io.js';
import { parseJobs } from '../flag-values.js';
import { planOutputs, writeReport } from '../report-outputs.js';
import { refreshEditorSchemas } from '../schema-refresh.js';
import type { CommandFlags } from '../command-options.js';
import { tightenHeap } from '../heap.js';

export type LintFlags = CommandFlags<'lint'>;

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new GkmlError(msg(CLI.maxWarnings, { value }));
  }
  return Number(value);
}

function lintOptions(paths: string[], flags: LintFlags, ctx: CliContext): LintOptions {
  if (flags.fix && flags.fixDryRun) {
    throw new GkmlError(msg(CLI.fixTwice));
  }
  if (flags.fixDryRun && flags.writeBaseline) {
    throw new GkmlError(msg(CLI.dryRunBaseline));
  }
  // A usage error, said before any file is read (each table would otherwise refuse it on its own).
  if (flags.domain !== undefined && !domainFromOption(flags.domain))
    throw new GkmlError(msg(IMPORT.invalidDomain, { value: flags.domain }));
  const cached = flags.cache || flags.cacheLocation || flags.cacheStrategy;
  return {
    targets: paths,
    cwd: ctx.cwd,
    lang: ctx.lang,
    profile: flags.profile,
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.domain !== undefined ? { domain: flags.domain } : {}),
    ...(flags.jobs ? { threads: parseJobs(flags.jobs) } : {}),
    baseline: flags.baseline ?? true,
    ...(flags.writeBaseline ? { writeBaseline: true } : {}),
    ...(flags.fix ? { fix: true } : flags.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(cached ? { cache: flags.cacheLocation ?? DEFAULT_CACHE_LOCATION, cacheStrategy: flags.cacheStrategy ?? 'metadata' } : {}),
  };
}

export async function runLint(paths: string[], flags: LintFlags, ctx: CliContext): Promise<number> {
  tightenHeap();
  const outputs = planOutputs(flags.format, flags.output);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const result = await lint(lintOptions(paths, flags, ctx));
  await refreshEditorSchemas(paths, ctx);

  if (flags.fixDryRun) {
    // The diff is the output: what --fix would write.
    const { unifiedDiff } = await import('../../util/text-diff.js');
    for (const file of result.fixed ?? []) ctx.stdout(unifiedDiff(file.display, file.before, file.after));
    // On a submitted table: each cell, and what it would become.
    let shownFile: string | undefined;
    for (const fix of result.cellFixes ?? []) {
      if (fix.file !== shownFile) ctx.stdout(`${(shownFile = fix.file)}\n`);
      ctx.stdout(`  ${fix.sheet}!${fix.cell}  ${fix.before} → ${fix.after}\n`);
    }
    return result.errorCount > 0 ? 1 : 0;
  }
  const fixed = result.fixed?.length ?? 0;
  if (fixed > 0) ctx.stderr(say(ctx.lang, CLI.fixed, { count: fixed }) + '\n');
  const baseline = result.baseline;
  if (baseline?.written !== undefined) {
    ctx.stderr(say(ctx.lang, CLI.baselineWritten, { count: baseline.written, file: flags.baseline ?? DEFAULT_BASELINE }) + '\n');
  } else if (baseline && baseline.obsolete > 0) {
    ctx.stderr(say(ctx.lang, CLI.baselineObsolete, { count: baseline.obsolete, file: baseline.path }) + '\n');
  }

  const terminal = useColor(ctx, ctx.stdoutIsTTY) && outputs.some((o) => o.path === undefined && o.format === 'stylish');
  const style = terminal ? await colourStyle() : PLAIN;
  const shown = flags.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error'), warningCount: 0 } : result;
  for (const out of outputs) {
    const text = (await formatterFor('lint', out.format))(shown, {
      lang: ctx.lang,
      style: out.path === undefined ? style : PLAIN,
      cwd: ctx.cwd,
    });
    if (out.path === undefined) ctx.stdout(text);
    else writeReport(ctx.cwd, out.path, text);
  }

  if (result.errorCount > 0) return 1;
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) {
    ctx.stderr(say(ctx.lang, CLI.tooManyWarnings, { count: result.warningCount, max: maxWarnings }) + '\n');
    return 1;
  }
  return 0;
}
