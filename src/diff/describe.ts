// Words for a diff, shared by the diff reports and the site's changelog: the Chinese name of each
// compared field, a value as one line, and the one-sentence summary.
import type { Lang } from '../i18n/text.js';
import { HEADER } from '../model/table-layout.js';
import type { DiffReport } from './diff.js';

/** The Chinese name of each compared field: the official column names of the table layout. */
export const FIELD_NAMES: Record<string, string> = {
  domain: '领域',
  l1: HEADER.l1,
  l2: HEADER.l2,
  l3: HEADER.l3,
  content: HEADER.content,
  basis: HEADER.basis,
  timeframe: HEADER.timeframe,
  owner: HEADER.owner,
  channels: HEADER.channels,
  audience: HEADER.audience,
  mode: HEADER.mode,
  level: HEADER.level,
  notes: '备注',
};

/** A field's value as one line of text: lists joined with 、, absent as —. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(show).join('、');
  return Object.entries(value as object)
    .map(([k, v]) => `${k}: ${show(v)}`)
    .join('，');
}

export function summaryLine(d: DiffReport, lang: Lang): string {
  return lang === 'zh'
    ? `新增 ${d.added.length} 项，删除 ${d.removed.length} 项，修改 ${d.changed.length} 项，改编号 ${d.renamed.length} 项`
    : `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.renamed.length} renamed`;
}
