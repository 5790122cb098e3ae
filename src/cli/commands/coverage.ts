// `gkml coverage`: how much of the national baseline a workspace covers.
import { COVERAGE_FORMATS, renderCoverage, type CoverageFormat } from '../../coverage/render.js';
import { coverage } from '../../coverage/coverage.js';
import { GkmlError } from '../../core/errors.js';
import { loadValidWorkspace } from '../../workspace/load.js';
import type { CliContext } from '../io.js';

export interface CoverageFlags {
  format?: string;
  minCoverage?: string;
}

export async function runCoverage(workspace: string | undefined, flags: CoverageFlags, ctx: CliContext): Promise<number> {
  const format = (flags.format ?? 'stylish') as CoverageFormat;
  if (!COVERAGE_FORMATS.includes(format)) {
    throw new GkmlError({ zh: `未知的输出格式：${format}（可用：${COVERAGE_FORMATS.join('、')}）`, en: `unknown format: ${format} (available: ${COVERAGE_FORMATS.join(', ')})` });
  }
  let min: number | undefined;
  if (flags.minCoverage !== undefined) {
    min = Number(flags.minCoverage.replace(/%$/, ''));
    if (!Number.isFinite(min) || min < 0 || min > 100) {
      throw new GkmlError({ zh: `--min-coverage 应为 0 到 100 的数：${flags.minCoverage}`, en: `--min-coverage takes a number from 0 to 100: ${flags.minCoverage}` });
    }
  }
  const ws = await loadValidWorkspace(workspace ?? '.', { cwd: ctx.cwd, lang: ctx.lang });
  const report = coverage(ws);
  ctx.stdout(renderCoverage(report, format, ctx.lang));
  if (min !== undefined && report.totals.percent < min) {
    ctx.stderr(
      ctx.lang === 'zh'
        ? `gkml：覆盖率 ${report.totals.percent.toFixed(1)}% 低于 --min-coverage ${min}%\n`
        : `gkml: coverage ${report.totals.percent.toFixed(1)}% is below --min-coverage ${min}%\n`,
    );
    return 1;
  }
  return 0;
}
