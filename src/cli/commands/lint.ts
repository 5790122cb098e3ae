// `gkml lint`: parse flags, call the library, print with the chosen formatters, set the exit code.
import { resolve } from 'node:path';
import { DEFAULT_BASELINE, writeBaseline } from '../../lint/baseline.js';
import type { CacheStrategy } from '../../lint/cache.js';
import { DEFAULT_CACHE_LOCATION, lint } from '../../lint/lint.js';
import type { LintOptions, LintResult } from '../../lint/run.js';
import { FORMATTERS } from '../../report/index.js';
import { colourStyle, PLAIN } from '../../report/style.js';
import type { Profile } from '../../schema/directory-schema.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { GkmlError } from '../../core/errors.js';
import { useColor, type CliContext } from '../io.js';

export interface LintFlags {
  format: string[];
  output: string[];
  maxWarnings?: string;
  quiet?: boolean;
  profile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  baseline?: string;
  writeBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
}

interface Output {
  format: string;
  path?: string;
}

function planOutputs(flags: LintFlags): Output[] {
  const formats = flags.format.length ? flags.format : ['stylish'];
  for (const f of formats) {
    if (!FORMATTERS[f]) {
      throw new GkmlError({
        zh: `未知的输出格式：${f}（可用：${Object.keys(FORMATTERS).join('、')}）`,
        en: `unknown format: ${f} (available: ${Object.keys(FORMATTERS).join(', ')})`,
      });
    }
  }
  const targets = new Map<string, string>();
  for (const spec of flags.output) {
    const eq = spec.indexOf('=');
    if (eq > 0 && FORMATTERS[spec.slice(0, eq)]) targets.set(spec.slice(0, eq), spec.slice(eq + 1));
    else if (formats.length === 1) targets.set(formats[0]!, spec);
    else {
      throw new GkmlError({
        zh: `有多个输出格式时，-o 需写成 格式=路径（如 -o sarif=report.sarif）：${spec}`,
        en: `with several formats, -o takes format=path (e.g. -o sarif=report.sarif): ${spec}`,
      });
    }
  }
  for (const f of targets.keys()) {
    if (!formats.includes(f)) formats.push(f);
  }
  return formats.map((format) => ({ format, path: targets.get(format) }));
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new GkmlError({ zh: `--max-warnings 需要一个非负整数：${value}`, en: `--max-warnings takes a non-negative integer: ${value}` });
  }
  return Number(value);
}

function parseProfile(value: string | undefined): Profile | undefined {
  if (value === undefined) return undefined;
  if (value !== 'county' && value !== 'guideline') {
    throw new GkmlError({ zh: `--profile 只能是 county 或 guideline：${value}`, en: `--profile must be county or guideline: ${value}` });
  }
  return value;
}

export async function runLint(paths: string[], flags: LintFlags, ctx: CliContext): Promise<number> {
  const outputs = planOutputs(flags);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const profile = parseProfile(flags.profile);
  const options: LintOptions = { targets: paths, cwd: ctx.cwd, lang: ctx.lang, profile, baseline: flags.baseline ?? true };
  if (flags.fix && flags.fixDryRun) {
    throw new GkmlError({ zh: '--fix 与 --fix-dry-run 只能选一个', en: '--fix and --fix-dry-run cannot be combined' });
  }

  let result: LintResult;
  // --fix and --write-baseline load the pipeline themselves; lint() loads it only on a cache miss.
  if (flags.fix || flags.fixDryRun) {
    const { lintAndFix } = await import('../../lint/fix.js');
    const { run, changed } = await lintAndFix({ ...options, dryRun: flags.fixDryRun });
    result = run.result;
    if (flags.fixDryRun) {
      // The diff is the output: what --fix would write.
      const { unifiedDiff } = await import('../../util/text-diff.js');
      for (const file of changed) ctx.stdout(unifiedDiff(file.display, file.before, file.after));
      return result.errorCount > 0 ? 1 : 0;
    }
    if (changed.length > 0) {
      ctx.stderr(ctx.lang === 'zh' ? `gkml：已修复 ${changed.length} 个文件\n` : `gkml: fixed ${changed.length} file${changed.length === 1 ? '' : 's'}\n`);
    }
  } else if (flags.writeBaseline) {
    const { lintRun } = await import('../../lint/run.js');
    const run = await lintRun({ ...options, baseline: undefined });
    const path = resolve(ctx.cwd, flags.baseline ?? DEFAULT_BASELINE);
    const count = writeBaseline(path, run.pending);
    ctx.stderr(ctx.lang === 'zh' ? `gkml：已把 ${count} 个问题记入基线文件 ${flags.baseline ?? DEFAULT_BASELINE}，今后只报告新问题\n` : `gkml: recorded ${count} findings in the baseline file ${flags.baseline ?? DEFAULT_BASELINE}; from now on only new findings are reported\n`);
    result = (await lintRun(options)).result;
  } else {
    const cached = flags.cache || flags.cacheLocation || flags.cacheStrategy;
    result = await lint({ ...options, ...(cached ? { cache: flags.cacheLocation ?? DEFAULT_CACHE_LOCATION, cacheStrategy: flags.cacheStrategy ?? 'metadata' } : {}) });
  }
  if (result.baseline && result.baseline.obsolete > 0) {
    ctx.stderr(
      ctx.lang === 'zh'
        ? `gkml：基线文件 ${result.baseline.path} 中有 ${result.baseline.obsolete} 个问题已不再出现，可运行 gkml lint --write-baseline 更新\n`
        : `gkml: ${result.baseline.obsolete} findings recorded in ${result.baseline.path} no longer occur; update it with gkml lint --write-baseline\n`,
    );
  }

  const terminal = useColor(ctx, ctx.stdoutIsTTY) && outputs.some((o) => o.path === undefined && o.format === 'stylish');
  const style = terminal ? await colourStyle() : PLAIN;
  const shown = flags.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error'), warningCount: 0 } : result;
  for (const out of outputs) {
    const text = FORMATTERS[out.format]!(shown, {
      lang: ctx.lang,
      style: out.path === undefined ? style : PLAIN,
      toolVersion: ctx.version,
    });
    if (out.path === undefined) ctx.stdout(text);
    else writeFileAtomic(resolve(ctx.cwd, out.path), text);
  }

  if (result.errorCount > 0) return 1;
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) {
    ctx.stderr(
      ctx.lang === 'zh'
        ? `gkml：警告数 ${result.warningCount} 超过了 --max-warnings ${maxWarnings}\n`
        : `gkml: ${result.warningCount} warnings exceed --max-warnings ${maxWarnings}\n`,
    );
    return 1;
  }
  return 0;
}
