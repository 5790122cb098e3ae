// `gkml init`: parse flags, write the draft workspace, print the next steps.
import { init } from '../../init/init.js';
import { GkmlError } from '../../core/errors.js';
import type { CliContext } from '../io.js';

export interface InitFlags {
  region?: string;
  level?: 'county' | 'township';
  domains?: string[];
  date?: string;
  force?: boolean;
}

function checkDate(date: string | undefined): void {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new GkmlError({ zh: `--date 应为 YYYY-MM-DD：${date}`, en: `--date must be YYYY-MM-DD: ${date}` });
  }
}

export async function runInit(dir: string | undefined, flags: InitFlags, ctx: CliContext): Promise<number> {
  const zh = ctx.lang === 'zh';
  if (!flags.region) {
    throw new GkmlError({ zh: '请用 --region 指定地区名称，如 --region 某某县', en: 'give the region with --region, e.g. --region 某某县' });
  }
  checkDate(flags.date);
  const target = dir ?? '.';
  const result = await init({
    dir: target,
    region: flags.region,
    level: flags.level,
    domains: flags.domains,
    date: flags.date,
    env: ctx.env,
    force: flags.force,
    cwd: ctx.cwd,
  });
  const lines = zh
    ? [
        `已创建工作区 ${target}：${result.written.length} 个文件，${result.itemCount} 个事项（来自国家标准指引）。`,
        ...(result.keptUnits ? ['已沿用现有的 units.yaml 解析公开主体。'] : []),
        '下一步：',
        '  1. 在 units.yaml 中核对本地公开主体名称；',
        `  2. 运行 gkml lint ${target}，按清单逐项填写值为 null 的字段、把国家角色名称换成本地单位；`,
        `  3. 检查通过后运行 gkml build ${target} 生成 Excel 与网站。`,
      ]
    : [
        `created workspace ${target}: ${result.written.length} files, ${result.itemCount} items (from the national guidelines).`,
        ...(result.keptUnits ? ['kept the existing units.yaml to resolve owners.'] : []),
        'next steps:',
        '  1. check the local unit names in units.yaml;',
        `  2. run gkml lint ${target} and fill each null field it lists, replacing national role names with local units;`,
        `  3. when it passes, run gkml build ${target} to publish the workbook and site.`,
      ];
  ctx.stdout(lines.join('\n') + '\n');
  return 0;
}
