// `gkml config [dir]`: a region's effective settings (src/workspace/config-inheritance.ts), each
// with the config file and line that set it. Exit 0; 2 for usage and I/O problems, as every command.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GkmlError } from '../../core/errors.js';
import { WORKSPACE } from '../../i18n/catalogue/workspace.js';
import { msg } from '../../i18n/messages.js';
import { formatterFor } from '../../report/index.js';
import { colourStyle, PLAIN } from '../../report/style.js';
import { CONFIG_FILE } from '../../workspace/config.js';
import { configReport } from '../../workspace/config-inheritance.js';
import { useColor, type CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';

export type ConfigFlags = CommandFlags<'config'>;

export async function runConfig(dir: string | undefined, flags: ConfigFlags, ctx: CliContext): Promise<number> {
  const folder = dir ?? '.';
  if (!existsSync(resolve(ctx.cwd, folder, CONFIG_FILE)))
    throw new GkmlError(msg(WORKSPACE.notAWorkspace, { config: CONFIG_FILE, dir: folder }));
  const report = await configReport(folder, ctx.cwd);
  const style = flags.format === 'stylish' && useColor(ctx, ctx.stdoutIsTTY) ? await colourStyle() : PLAIN;
  ctx.stdout((await formatterFor('config', flags.format))(report, { lang: ctx.lang, style }));
  return 0;
}
