// The author's progress in the terminal: a row per domain, for a city or province a row per region
// (indented by depth), the totals, and what to do next.
import { REPORT } from '../../i18n/catalogue/report.js';
import { say } from '../../i18n/messages.js';
import { ruleBySlug } from '../../rules/index.js';
import { percent, type StatusReport } from '../../status/status.js';
import { textTable, type Align } from '../../util/table.js';
import type { Lang } from '../../i18n/text.js';
import type { Formatter } from '../formatter.js';
import { PLAIN, type Style } from '../style.js';

const ALIGN: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'];
const share = (part: number, whole: number) => `${percent(part, whole).toFixed(1)}%`;

/** A city's or province's regions, indented by depth, each summed up; ✓ when every directory is ready. */
function regionTable(report: StatusReport, lang: Lang, style: Style): string {
  const rows = report.regions.map((r) => [
    `${'  '.repeat(r.depth - 1)}${r.region}`,
    String(r.totals.domains),
    String(r.totals.items),
    share(r.totals.fields.own + r.totals.fields.defaulted, r.totals.fields.total),
    String(r.totals.fields.unfilled),
    String(r.totals.errors),
    String(r.totals.warnings),
    r.ready ? style.green('✓') : '',
  ]);
  return textTable(say(lang, REPORT.statusRegionsHeader).split('|'), rows, ALIGN).trimEnd();
}

/** The regions still to finish, most errors first: where to look next. */
function regionSteps(report: StatusReport, lang: Lang, first: number): string[] {
  const open = report.regions
    .filter((r) => !r.ready)
    .sort((a, b) => b.totals.errors - a.totals.errors || b.totals.fields.unfilled - a.totals.fields.unfilled);
  return open.slice(0, 3).map((r, i) =>
    // A submitted table is read by lint, not status: it has no workspace to look into.
    say(lang, r.table ? REPORT.statusTableRegion : REPORT.statusRegion, {
      n: first + i,
      region: r.region,
      errors: r.totals.errors,
      unfilled: r.totals.fields.unfilled,
      workspace: r.workspace,
    }),
  );
}

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
  const lines = [style.bold(say(lang, REPORT.statusTitle, { region: report.region })), ''];
  // A city or province without directories of its own shows its regions only.
  if (report.domains.length || !report.regions.length)
    lines.push(textTable(say(lang, REPORT.statusHeader).split('|'), rows, ALIGN).trimEnd(), '');
  if (report.regions.length)
    lines.push(
      regionTable(report, lang, style),
      '',
      say(lang, REPORT.statusRegionsSummary, { count: report.regions.length, ready: report.regions.filter((r) => r.ready).length }),
    );
  const own = percent(t.fields.own + t.fields.defaulted, t.fields.total).toFixed(1);
  lines.push(
    say(lang, REPORT.statusSummary, {
      domains: t.domains,
      ready: t.ready,
      items: t.items,
      own,
      defaulted: percent(t.fields.defaulted, t.fields.total).toFixed(1),
      unfilled: t.fields.unfilled,
      errors: t.errors,
      warnings: t.warnings,
    }),
  );
  lines.push('', say(lang, REPORT.statusNext));
  const regionLines = regionSteps(report, lang, report.next.length + 1);
  if (report.next.length === 0 && regionLines.length === 0)
    lines.push(`  ${say(lang, REPORT.statusDone, { workspace: report.workspace })}`);
  report.next.forEach((step, i) => {
    const n = i + 1;
    const where = `${step.first.file}:${step.first.line}:${step.first.column}`;
    const rule = { rule: step.rule, title: ruleBySlug(step.rule)?.meta.title ?? step.rule };
    const line = step.fixable
      ? say(lang, REPORT.statusFix, { n, ...rule, count: step.count, workspace: report.workspace })
      : say(lang, REPORT.statusStart, { n, ...rule, count: step.count, where, message: step.first.message });
    lines.push(`  ${line}`);
  });
  for (const line of regionLines) lines.push(`  ${line}`);
  return lines.join('\n') + '\n';
};
