// The author's progress in the terminal: a row per domain, the totals, and what to do next.
import { REPORT } from '../../i18n/catalogue/report.js';
import { say } from '../../i18n/messages.js';
import { percent, type StatusReport } from '../../status/status.js';
import { textTable, type Align } from '../../util/table.js';
import type { Formatter } from '../formatter.js';
import { PLAIN } from '../style.js';

const ALIGN: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'];
const share = (part: number, whole: number) => `${percent(part, whole).toFixed(1)}%`;

export const stylish: Formatter<StatusReport> = (report, { lang, style = PLAIN }) => {
  const rows = report.domains.map((d) => [
    d.readable ? d.name : say(lang, REPORT.statusUnreadable, { name: d.name }),
    String(d.items),
    share(d.fields.own + d.fields.defaulted, d.fields.total),
    share(d.fields.defaulted, d.fields.total),
    String(d.fields.unfilled),
    String(d.errors),
    String(d.warnings),
    d.ready ? style.green('✓') : '',
  ]);
  const t = report.totals;
  const lines = [style.bold(say(lang, REPORT.statusTitle, { region: report.region })), '', textTable(say(lang, REPORT.statusHeader).split('|'), rows, ALIGN).trimEnd(), ''];
  const own = percent(t.fields.own + t.fields.defaulted, t.fields.total).toFixed(1);
  lines.push(say(lang, REPORT.statusSummary, { domains: t.domains, ready: t.ready, items: t.items, own, defaulted: percent(t.fields.defaulted, t.fields.total).toFixed(1), unfilled: t.fields.unfilled, errors: t.errors, warnings: t.warnings }));
  lines.push('', say(lang, REPORT.statusNext));
  if (report.next.length === 0) lines.push(`  ${say(lang, REPORT.statusDone, { workspace: report.workspace })}`);
  report.next.forEach((step, i) => {
    const n = i + 1;
    const where = `${step.first.file}:${step.first.line}:${step.first.column}`;
    const line = step.fixable
      ? say(lang, REPORT.statusFix, { n, rule: step.rule, count: step.count, workspace: report.workspace })
      : say(lang, REPORT.statusStart, { n, rule: step.rule, count: step.count, where, message: step.first.message });
    lines.push(`  ${line}`);
  });
  return lines.join('\n') + '\n';
};
