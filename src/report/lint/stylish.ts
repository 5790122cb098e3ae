// The default terminal format: findings grouped by file, columns aligned by display width so
// Chinese text lines up, and a summary line.
import type { Finding } from '../../lint/finding.js';
import { displayWidth } from '../../util/width.js';
import type { LintResult } from '../../lint/run.js';
import type { Formatter } from '../formatter.js';
import { PLAIN } from '../style.js';

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export const stylish: Formatter<LintResult> = (result, ctx) => {
  const c = ctx.style ?? PLAIN;
  const zh = ctx.lang === 'zh';
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(c.underline(file));
    const rows = findings.map((f) => ({
      pos: `${f.line}:${f.column}`,
      sev: f.severity === 'error' ? (zh ? '错误' : 'error') : zh ? '警告' : 'warning',
      isError: f.severity === 'error',
      message: f.message,
      rule: f.rule,
    }));
    const posW = Math.max(...rows.map((r) => displayWidth(r.pos)));
    const sevW = Math.max(...rows.map((r) => displayWidth(r.sev)));
    const msgW = Math.max(...rows.map((r) => displayWidth(r.message)));
    for (const r of rows) {
      const sev = pad(r.sev, sevW);
      lines.push(`  ${c.dim(pad(r.pos, posW))}  ${r.isError ? c.red(sev) : c.yellow(sev)}  ${pad(r.message, msgW)}  ${c.dim(r.rule)}`);
    }
    lines.push('');
  }

  const total = result.errorCount + result.warningCount;
  const files = result.files.length;
  if (total === 0) {
    lines.push(c.green(zh ? `✔ 已检查 ${files} 个文件，未发现问题` : `✔ ${files} file${files === 1 ? '' : 's'} checked, no problems`));
  } else {
    const summary = zh
      ? `✖ ${total} 个问题（${result.errorCount} 个错误，${result.warningCount} 个警告），共检查 ${files} 个文件`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}) in ${files} file${files === 1 ? '' : 's'}`;
    lines.push(result.errorCount > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)));
    if (result.fixableCount > 0) {
      lines.push(zh ? `  其中 ${result.fixableCount} 个可用 --fix 自动修复` : `  ${result.fixableCount} can be fixed automatically with --fix`);
    }
  }
  return lines.join('\n') + '\n';
};
