// What the coverage formats share: the table of domains and the list of what differs per domain.
import type { CoverageReport, CoveredItem, DomainCoverage, Yardstick } from '../../coverage/coverage.js';
import { REPORT } from '../../i18n/catalogue/report.js';
import { msg, NOTHING, say } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/text.js';
import type { Align } from '../../util/table.js';

export const ALIGN: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'left'];

export function header(lang: Lang): string[] {
  return say(lang, REPORT.coverageHeader).split('|');
}

/** What a domain's guideline is: complete, or incomplete and, where the guideline's count is known, by how much. */
function yardstick(y: Yardstick, lang: Lang): string {
  if (y.complete) return say(lang, REPORT.yardstickComplete);
  if (y.guideline?.l2 !== undefined) return say(lang, REPORT.yardstickL2, { guideline: y.guideline.l2, holds: y.holds.l2 });
  if (y.guideline?.l1 !== undefined) return say(lang, REPORT.yardstickL1, { guideline: y.guideline.l1, holds: y.holds.l1 });
  return say(lang, REPORT.yardstickIncomplete);
}

const counts = (guideline: number, covered: number, missing: number, added: number, percent: number) => [
  String(guideline),
  String(covered),
  String(missing),
  String(added),
  `${percent.toFixed(1)}%`,
];

/** A city's or province's regions, indented by depth, each against the guidelines on its own. */
export const REGION_ALIGN: Align[] = ['left', 'right', 'right', 'right', 'right', 'right'];

export function regionHeader(lang: Lang): string[] {
  return say(lang, REPORT.coverageRegionsHeader).split('|');
}

/** `indent` per level below the first: spaces in a terminal, a full-width space where Markdown would drop spaces. */
export function regionRows(report: CoverageReport, indent = '  '): string[][] {
  return report.regions.map((r) => [
    `${indent.repeat(r.depth - 1)}${r.region}`,
    ...counts(r.totals.guideline, r.totals.covered, r.totals.missing, r.totals.added, r.totals.percent),
  ]);
}

/** Whether the workspace has directories of its own to show (a city or province often has none). */
export const hasOwn = (report: CoverageReport) => report.domains.some((d) => d.present) || report.regions.length === 0;

export function rows(report: CoverageReport, lang: Lang): string[][] {
  const body = report.domains.map((d) => [
    d.present ? d.name : say(lang, REPORT.coverageAbsent, { name: d.name }),
    ...counts(d.guidelineCount, d.covered.length, d.missing.length, d.added.length, d.percent),
    yardstick(d.yardstick, lang),
  ]);
  const t = report.totals;
  const whole = t.yardstick.complete
    ? say(lang, REPORT.yardstickComplete)
    : say(lang, REPORT.yardstickTotal, { n: t.yardstick.incompleteDomains });
  body.push([say(lang, REPORT.coverageTotal), ...counts(t.guideline, t.covered, t.missing, t.added, t.percent), whole]);
  return body;
}

/** Said under the table while the guidelines is incomplete, so that 100 % is never read as complete. */
export function yardstickNote(report: CoverageReport, lang: Lang): string | undefined {
  const t = report.totals;
  if (t.yardstick.complete) return undefined;
  const k = t.yardstick.known;
  const known = k.domains
    ? msg(REPORT.yardstickKnown, { domains: k.domains, guideline: k.guidelineL2, holds: k.guidelineHoldsL2 })
    : NOTHING;
  return say(lang, REPORT.yardstickNote, { held: t.guideline, known });
}

function itemName(i: { l1: string; l2?: string }): string {
  return i.l2 ? `${i.l1} / ${i.l2}` : i.l1;
}

/** What differs in a domain; a table's rows are named by their cells, and have no ids to differ. */
export function details(report: CoverageReport, d: DomainCoverage, lang: Lang, bullet: string): string[] {
  const table = report.source === 'table';
  const renamed = (c: CoveredItem) =>
    table
      ? say(lang, REPORT.coverageRenamedAt, { id: c.guidelineId, name: itemName(c), to: itemName(c.renamed!), at: c.countyId })
      : say(lang, REPORT.coverageRenamed, { id: c.guidelineId, name: itemName(c), to: itemName(c.renamed!) });
  return [
    ...d.missing.map((m) => say(lang, REPORT.coverageMissing, { id: m.guidelineId, name: itemName(m) })),
    ...d.covered.filter((c) => c.renamed).map(renamed),
    ...(table ? [] : d.covered.filter((c) => c.by === 'name' && c.countyId !== c.guidelineId)).map((c) =>
      say(lang, REPORT.coverageOtherId, { id: c.guidelineId, other: c.countyId, name: itemName(c) }),
    ),
    ...d.added.map((a) => say(lang, REPORT.coverageAdded, { id: a.id, name: itemName(a) })),
  ].map((line) => bullet + line);
}

/** A table's domains it does not hold, in one line; undefined for a workspace or a table holding all. */
export function notSubmitted(report: CoverageReport, lang: Lang): string | undefined {
  const absent = report.notSubmitted ?? [];
  return absent.length ? say(lang, REPORT.coverageNotSubmitted, { count: absent.length, names: absent.map((d) => d.name) }) : undefined;
}
