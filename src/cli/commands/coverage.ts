// `gkml coverage`: how much of the national guidelines a workspace covers.
import { GkmlError } from '../../core/errors.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg, say } from '../../i18n/messages.js';
import { coverage } from '../../coverage/coverage.js';
import { IMPORT } from '../../i18n/catalogue/import.js';
import { domainFromOption } from '../../import/domain.js';
import { isTableFile } from '../../workspace/table-files.js';
import { formatterFor } from '../../report/index.js';
import { hasOwn } from '../../report/coverage/table.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';

export type CoverageFlags = CommandFlags<'coverage'>;

function parseMinCoverage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const min = Number(value.replace(/%$/, ''));
  if (!Number.isFinite(min) || min < 0 || min > 100) {
    throw new GkmlError(msg(CLI.minCoverage, { value }));
  }
  return min;
}

export async function runCoverage(workspace: string | undefined, flags: CoverageFlags, ctx: CliContext): Promise<number> {
  const min = parseMinCoverage(flags.minCoverage);
  if (flags.domain !== undefined) {
    if (!domainFromOption(flags.domain)) throw new GkmlError(msg(IMPORT.invalidDomain, { value: flags.domain }));
    if (!isTableFile(workspace ?? '.')) throw new GkmlError(msg(CLI.domainOnWorkspace, { target: workspace ?? '.' }));
  }
  const report = await coverage({ workspace, cwd: ctx.cwd, ...(flags.domain !== undefined ? { domain: flags.domain } : {}) });
  ctx.stdout((await formatterFor('coverage', flags.format))(report, { lang: ctx.lang }));
  // A city or province: its own directories (if any) and every region must reach it.
  const percents = [...(hasOwn(report) ? [report.totals.percent] : []), ...report.regions.map((r) => r.totals.percent)];
  const lowest = Math.min(...percents);
  if (min !== undefined && lowest < min) {
    ctx.stderr(say(ctx.lang, CLI.belowMinCoverage, { percent: lowest.toFixed(1), min }) + '\n');
    return 1;
  }
  return 0;
}
