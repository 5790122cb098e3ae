// After `gkml lint` and `gkml status`: a workspace's editor schemas (.gkml/schemas/) made from
// other defaults, levels, channels or units than it has now are rewritten, with one line saying so,
// so the editor keeps telling the same story as lint without the author thinking of it.
import { resolve } from 'node:path';
import { faultCause } from '../core/system-faults.js';
import { CLI } from '../i18n/catalogue/cli.js';
import { say } from '../i18n/messages.js';
import { refreshStaleSchemas } from '../init/editor-setup.js';
import { findWorkspaceRoot } from '../workspace/config.js';
import { displayPath } from '../util/paths.js';
import type { CliContext } from './io.js';

/** The workspaces that `targets` (as typed; none: the working folder) lie in, each refreshed when stale. */
export async function refreshEditorSchemas(targets: readonly string[], ctx: CliContext): Promise<void> {
  const roots = new Set((targets.length ? targets : ['.']).flatMap((t) => findWorkspaceRoot(resolve(ctx.cwd, t)) ?? []));
  for (const root of roots) {
    const dir = displayPath(root, ctx.cwd);
    try {
      if (await refreshStaleSchemas(root, ctx.cwd)) ctx.stderr(say(ctx.lang, CLI.schemasRefreshed, { dir }) + '\n');
    } catch (err) {
      // A convenience, never the command's failure: a read-only checkout keeps its copies.
      ctx.stderr(say(ctx.lang, CLI.schemasNotRefreshed, { dir, detail: faultCause(err) ?? (err as Error).message }) + '\n');
    }
  }
}
