// The default terminal format: findings grouped by file, columns aligned by display width so
// Chinese text lines up, and a summary line.
import { REPORT } from '../../i18n/catalogue/report.js';
import { msg, say } from '../../i18n/messages.js';
import { placeText, type Finding } from '../../lint/finding.js';
import { displayWidth } from '../../util/width.js';
import type { Lang } from '../../i18n/text.js';
import type { LintResult } from '../../lint/run.js';
import type { Formatter } from '../formatter.js';
import { PLAIN } from '../style.js';
import { append, largest } from '../../util/arrays.js';

/** Display columns the rule names are aligned after, at most. */
const MESSAGE_COLUMN = 100;

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** More findings than this, and the report ends with a count per rule. */
const BY_RULE_AFTER = 20;

function byRule(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}

/** How many of the findings shown can be fixed, and how: --fix for YAML; a table is fixed by hand or through its YAML. */
function fixableLines(findings: readonly Finding[], lang: Lang): string[] {
  const fixable = findings.filter((f) => f.fix);
  const inTables = fixable.filter((f) => f.location.kind === 'cell');
  const lines: string[] = [];
  if (fixable.length > inTables.length) lines.push(say(lang, REPORT.fixable, { count: fixable.length - inTables.length }));
  if (inTables.length > 0) {
    const tables = new Set(inTables.map((f) => f.file));
    const table = tables.size === 1 ? [...tables][0]! : msg(REPORT.aTable);
    lines.push(say(lang, REPORT.fixableInTables, { count: inTables.length, table }));
  }
  return lines;
}

export const stylish: Formatter<LintResult> = (result, ctx) => {
  const c = ctx.style ?? PLAIN;
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(c.underline(file));
    const rows = findings.map((f) => ({
      pos: placeText(f),
      sev: say(ctx.lang, f.severity === 'error' ? REPORT.error : REPORT.warning),
      isError: f.severity === 'error',
      message: f.message,
      rule: f.rule,
    }));
    const posW = largest(
      rows.map((r) => displayWidth(r.pos)),
      -Infinity,
    );
    const sevW = largest(
      rows.map((r) => displayWidth(r.sev)),
      -Infinity,
    );
    // Rule names line up after the messages, but one long message (a whole cell quoted) does not push every line's out of sight.
    const msgW = Math.min(
      MESSAGE_COLUMN,
      largest(
        rows.map((r) => displayWidth(r.message)),
        -Infinity,
      ),
    );
    for (const r of rows) {
      const sev = pad(r.sev, sevW);
      lines.push(`  ${c.dim(pad(r.pos, posW))}  ${r.isError ? c.red(sev) : c.yellow(sev)}  ${pad(r.message, msgW)}  ${c.dim(r.rule)}`);
    }
    lines.push('');
  }

  const total = result.errorCount + result.warningCount;
  const files = result.files.length;
  if (total === 0) {
    lines.push(c.green(say(ctx.lang, REPORT.clean, { files })));
  } else {
    const summary = say(ctx.lang, REPORT.problems, { total, errors: result.errorCount, warnings: result.warningCount, files });
    lines.push(result.errorCount > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)));
    append(lines, fixableLines(result.findings, ctx.lang));
    // A long report ends with where the findings come from, most first.
    if (total > BY_RULE_AFTER)
      lines.push(
        say(ctx.lang, REPORT.lintByRule, {
          counts: byRule(result.findings).map(([rule, count]) => msg(REPORT.lintRuleCount, { rule, count })),
        }),
      );
  }
  return lines.join('\n') + '\n';
};
