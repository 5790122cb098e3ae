// `gkml status`: the author's progress (src/status/status.ts). Exit 0 on any draft; 2 for usage
// and I/O problems, as every command.
import { formatterFor } from '../../report/index.js';
import { colourStyle, PLAIN } from '../../report/style.js';
import { status } from '../../status/status.js';
import { useColor, type CliContext } from '../io.js';
import { refreshEditorSchemas } from '../schema-refresh.js';
import type { CommandFlags } from '../command-options.js';

export type StatusFlags = CommandFlags<'status'>;

export async function runStatus(workspace: string | undefined, flags: StatusFlags, ctx: CliContext): Promise<number> {
  const report = await status({ workspace, cwd: ctx.cwd, lang: ctx.lang });
  await refreshEditorSchemas(workspace === undefined ? [] : [workspace], ctx);
  const style = flags.format === 'stylish' && useColor(ctx, ctx.stdoutIsTTY) ? await colourStyle() : PLAIN;
  ctx.stdout((await formatterFor('status', flags.format))(report, { lang: ctx.lang, style }));
  return 0;
}
