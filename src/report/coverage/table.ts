// What the coverage formats share: the table of domains and the list of what differs per domain.
import type { Lang } from '../../i18n/text.js';
import type { Align } from '../../util/table.js';
import type { CoverageReport, DomainCoverage } from '../../coverage/coverage.js';

export const ALIGN: Align[] = ['left', 'right', 'right', 'right', 'right', 'right'];

export function header(lang: Lang): string[] {
  return lang === 'zh' ? ['领域', '国家指引事项', '已覆盖', '缺少', '新增', '覆盖率'] : ['domain', 'baseline', 'covered', 'missing', 'added', 'coverage'];
}

export function rows(report: CoverageReport, lang: Lang): string[][] {
  const zh = lang === 'zh';
  const body = report.domains.map((d) => [
    d.present ? d.name : `${d.name}${zh ? '（缺领域）' : ' (absent)'}`,
    String(d.baselineCount),
    String(d.covered.length),
    String(d.missing.length),
    String(d.added.length),
    `${d.percent.toFixed(1)}%`,
  ]);
  const t = report.totals;
  body.push([zh ? '合计' : 'total', String(t.baseline), String(t.covered), String(t.missing), String(t.added), `${t.percent.toFixed(1)}%`]);
  return body;
}

function itemName(i: { l1: string; l2?: string }): string {
  return i.l2 ? `${i.l1} / ${i.l2}` : i.l1;
}

export function details(d: DomainCoverage, lang: Lang, bullet: string): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  for (const m of d.missing) out.push(`${bullet}${zh ? '缺少' : 'missing'} ${m.baselineId} ${itemName(m)}`);
  for (const c of d.covered.filter((c) => c.renamed)) out.push(`${bullet}${zh ? '改名' : 'renamed'} ${c.baselineId} ${itemName(c)} → ${itemName(c.renamed!)}`);
  for (const c of d.covered.filter((c) => c.by === 'name' && c.countyId !== c.baselineId)) out.push(`${bullet}${zh ? '编号不同' : 'other id'} ${c.baselineId} → ${c.countyId} ${itemName(c)}`);
  for (const a of d.added) out.push(`${bullet}${zh ? '新增' : 'added'} ${a.id} ${itemName(a)}`);
  return out;
}
