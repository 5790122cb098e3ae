// `gkml diff <old> <new>`: two workspace folders, or two git revisions of the current workspace.
import { rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffWorkspaces } from '../../diff/diff.js';
import { checkoutWorkspace, isGitRevision } from '../../diff/git-source.js';
import { DIFF_FORMATS, renderDiff, type DiffFormat } from '../../diff/render.js';
import { GkmlError } from '../../core/errors.js';
import { findWorkspaceRoot } from '../../workspace/config.js';
import { loadWorkspace } from '../../workspace/load.js';
import type { CliContext } from '../io.js';

export interface DiffFlags {
  format?: string;
  workspace?: string;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function runDiff(oldArg: string, newArg: string, flags: DiffFlags, ctx: CliContext): Promise<number> {
  const format = (flags.format ?? 'stylish') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) {
    throw new GkmlError({ zh: `未知的输出格式：${format}（可用：${DIFF_FORMATS.join('、')}）`, en: `unknown format: ${format} (available: ${DIFF_FORMATS.join(', ')})` });
  }
  const temps: string[] = [];
  const open = async (arg: string) => {
    const path = resolve(ctx.cwd, arg);
    if (isDir(path)) return loadWorkspace(path, { cwd: ctx.cwd });
    const base = flags.workspace ? resolve(ctx.cwd, flags.workspace) : findWorkspaceRoot(ctx.cwd);
    if (base && isGitRevision(arg, base)) {
      const copy = checkoutWorkspace(arg, base);
      temps.push(copy.temp);
      return loadWorkspace(copy.root, { cwd: ctx.cwd });
    }
    throw new GkmlError({ zh: `既不是工作区文件夹，也不是 git 版本：${arg}`, en: `neither a workspace folder nor a git revision: ${arg}` });
  };
  try {
    const report = diffWorkspaces(await open(oldArg), await open(newArg), [oldArg, newArg]);
    ctx.stdout(renderDiff(report, format, ctx.lang));
    return 0;
  } finally {
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  }
}
