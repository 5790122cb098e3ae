// `gkml diff <old> <new>`: two workspace folders, or two git revisions of the current workspace.
import { diff } from '../../diff/versions.js';
import { formatterFor } from '../../report/index.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';

export type DiffFlags = CommandFlags<'diff'>;

export async function runDiff(oldArg: string, newArg: string, flags: DiffFlags, ctx: CliContext): Promise<number> {
  const report = await diff({ old: oldArg, new: newArg, workspace: flags.workspace, cwd: ctx.cwd });
  ctx.stdout((await formatterFor('diff', flags.format))(report, { lang: ctx.lang }));
  return 0;
}
