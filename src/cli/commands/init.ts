// `gkml init`: parse flags, write the draft workspace, print the next steps.
import { init, refreshSchemas } from '../../init/init.js';
import { GkmlError } from '../../core/errors.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg, say } from '../../i18n/messages.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';

export type InitFlags = CommandFlags<'init'>;

function checkDate(date: string | undefined): void {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new GkmlError(msg(CLI.initDate, { value: date }));
  }
}

export async function runInit(dir: string | undefined, flags: InitFlags, ctx: CliContext): Promise<number> {
  if (flags.updateSchemas) {
    const result = await refreshSchemas(dir ?? '.', ctx.cwd);
    ctx.stdout(say(ctx.lang, CLI.schemasUpdated, { dir: dir ?? '.', files: result.written }) + '\n');
    if (result.settingsKept) ctx.stderr(say(ctx.lang, CLI.settingsKept) + '\n');
    return 0;
  }
  if (!flags.region) throw new GkmlError(msg(CLI.initRegion));
  checkDate(flags.date);
  if (flags.county !== undefined && flags.level !== 'township') throw new GkmlError(msg(CLI.initCounty));
  const target = dir ?? '.';
  const result = await init({
    dir: target,
    region: flags.region,
    level: flags.level,
    county: flags.county,
    domains: flags.domains,
    date: flags.date,
    env: ctx.env,
    force: flags.force,
    xlsx: flags.xlsx,
    cwd: ctx.cwd,
  });
  const lines = [
    say(ctx.lang, CLI.initDone, { dir: target, files: result.written.length, items: result.itemCount }),
    ...(result.keptUnits ? [say(ctx.lang, CLI.initKeptUnits)] : []),
    ...(result.settingsKept ? [say(ctx.lang, CLI.settingsKept)] : []),
    say(ctx.lang, CLI.initNext, { dir: target }),
    ...(flags.xlsx ? [say(ctx.lang, CLI.initNextXlsx, { dir: target, workbook: result.written.at(-1)! })] : []),
  ];
  ctx.stdout(lines.join('\n') + '\n');
  return 0;
}
