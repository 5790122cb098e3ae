// `gkml build`: parse flags, run the build, report what was written.
import { relative } from 'node:path';
import { BUILD_TARGETS, build, type BuildTarget } from '../../build/build.js';
import { GkmlError } from '../../core/errors.js';
import type { CliContext } from '../io.js';

export interface BuildFlags {
  out?: string;
  only?: string;
  previous?: string;
}

function parseOnly(value: string | undefined): BuildTarget[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(BUILD_TARGETS as readonly string[]).includes(n)) {
      throw new GkmlError({ zh: `--only 的取值无效：${n}（可用：${BUILD_TARGETS.join('、')}）`, en: `invalid --only value: ${n} (available: ${BUILD_TARGETS.join(', ')})` });
    }
  }
  return names as BuildTarget[];
}

export async function runBuild(workspace: string | undefined, flags: BuildFlags, ctx: CliContext): Promise<number> {
  const zh = ctx.lang === 'zh';
  const result = await build({
    workspace: workspace ?? '.',
    out: flags.out,
    only: parseOnly(flags.only),
    ...(flags.previous ? { previous: flags.previous } : {}),
    cwd: ctx.cwd,
    lang: ctx.lang,
    env: ctx.env,
    progress: ctx.stderrIsTTY ? (m) => ctx.stderr(zh ? `正在生成 ${m}…\n` : `building ${m}…\n`) : undefined,
  });
  const where = relative(ctx.cwd, result.outDir) || '.';
  const regions = result.regionCount ? (zh ? `${result.regionCount} 个地区，` : `${result.regionCount} regions, `) : '';
  ctx.stderr(
    zh
      ? `已生成 ${where}：${regions}${result.domainCount} 个领域目录，${result.itemCount} 个事项，${result.files.length} 个文件\n`
      : `built ${where}: ${regions}${result.domainCount} domain directories, ${result.itemCount} items, ${result.files.length} files\n`,
  );
  return 0;
}
