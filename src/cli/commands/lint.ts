// `gkml lint`: parse flags, call the library's lint(), print with the chosen formatters, set the exit code.
import { resolve } from 'node:path';
import { GkmlError } from '../../core/errors.js';
import { DEFAULT_BASELINE } from '../../lint/baseline.js';
import type { CacheStrategy } from '../../lint/cache-strategy.js';
import { DEFAULT_CACHE_LOCATION, lint } from '../../lint/lint.js';
import type { LintOptions } from '../../lint/run.js';
import { formatNames, formatterFor } from '../../report/index.js';
import { colourStyle, PLAIN } from '../../report/style.js';
import type { Profile } from '../../schema/directory-schema.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { useColor, type CliContext } from '../io.js';

export interface LintFlags {
  format?: string[];
  output: string[];
  maxWarnings?: string;
  quiet?: boolean;
  profile?: Profile;
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
  const formats = flags.format?.length ? [...flags.format] : ['stylish'];
  const known = formatNames('lint');
  const targets = new Map<string, string>();
  for (const spec of flags.output) {
    const eq = spec.indexOf('=');
    if (eq > 0 && known.includes(spec.slice(0, eq))) targets.set(spec.slice(0, eq), spec.slice(eq + 1));
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

function lintOptions(paths: string[], flags: LintFlags, ctx: CliContext): LintOptions {
  if (flags.fix && flags.fixDryRun) {
    throw new GkmlError({ zh: '--fix 与 --fix-dry-run 只能选一个', en: '--fix and --fix-dry-run cannot be combined' });
  }
  if (flags.fixDryRun && flags.writeBaseline) {
    throw new GkmlError({ zh: '--fix-dry-run 不写任何文件，不能与 --write-baseline 同用', en: '--fix-dry-run writes nothing and cannot be combined with --write-baseline' });
  }
  const cached = flags.cache || flags.cacheLocation || flags.cacheStrategy;
  return {
    targets: paths,
    cwd: ctx.cwd,
    lang: ctx.lang,
    profile: flags.profile,
    baseline: flags.baseline ?? true,
    ...(flags.writeBaseline ? { writeBaseline: true } : {}),
    ...(flags.fix ? { fix: true } : flags.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(cached ? { cache: flags.cacheLocation ?? DEFAULT_CACHE_LOCATION, cacheStrategy: flags.cacheStrategy ?? 'metadata' } : {}),
  };
}

export async function runLint(paths: string[], flags: LintFlags, ctx: CliContext): Promise<number> {
  const outputs = planOutputs(flags);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const zh = ctx.lang === 'zh';
  const result = await lint(lintOptions(paths, flags, ctx));

  if (flags.fixDryRun) {
    // The diff is the output: what --fix would write.
    const { unifiedDiff } = await import('../../util/text-diff.js');
    for (const file of result.fixed ?? []) ctx.stdout(unifiedDiff(file.display, file.before, file.after));
    return result.errorCount > 0 ? 1 : 0;
  }
  const fixed = result.fixed?.length ?? 0;
  if (fixed > 0) ctx.stderr(zh ? `gkml：已修复 ${fixed} 个文件\n` : `gkml: fixed ${fixed} file${fixed === 1 ? '' : 's'}\n`);
  const baseline = result.baseline;
  if (baseline?.written !== undefined) {
    const file = flags.baseline ?? DEFAULT_BASELINE;
    ctx.stderr(zh ? `gkml：已把 ${baseline.written} 个问题记入基线文件 ${file}，今后只报告新问题\n` : `gkml: recorded ${baseline.written} findings in the baseline file ${file}; from now on only new findings are reported\n`);
  } else if (baseline && baseline.obsolete > 0) {
    ctx.stderr(
      zh
        ? `gkml：基线文件 ${baseline.path} 中有 ${baseline.obsolete} 个问题已不再出现，可运行 gkml lint --write-baseline 更新\n`
        : `gkml: ${baseline.obsolete} findings recorded in ${baseline.path} no longer occur; update it with gkml lint --write-baseline\n`,
    );
  }

  const terminal = useColor(ctx, ctx.stdoutIsTTY) && outputs.some((o) => o.path === undefined && o.format === 'stylish');
  const style = terminal ? await colourStyle() : PLAIN;
  const shown = flags.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error'), warningCount: 0 } : result;
  for (const out of outputs) {
    const text = (await formatterFor('lint', out.format))(shown, { lang: ctx.lang, style: out.path === undefined ? style : PLAIN });
    if (out.path === undefined) ctx.stdout(text);
    else writeFileAtomic(resolve(ctx.cwd, out.path), text);
  }

  if (result.errorCount > 0) return 1;
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) {
    ctx.stderr(zh ? `gkml：警告数 ${result.warningCount} 超过了 --max-warnings ${maxWarnings}\n` : `gkml: ${result.warningCount} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
