// Diff report formats: stylish (terminal), json (machines), markdown (a pull-request comment).
import type { Lang } from '../i18n/text.js';
import { HEADER } from '../model/table-layout.js';
import type { DiffReport, FieldChange, ItemRef } from './diff.js';
import { isEmptyDiff } from './diff.js';

export const DIFF_FORMATS = ['stylish', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

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

function itemName(i: ItemRef): string {
  return i.l2 ? `${i.l1} / ${i.l2}` : i.l1;
}

/** Data shown in a Markdown comment must not turn into markup. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_<>[\]|]/g, (ch) => `\\${ch}`);
}

function field(f: FieldChange, lang: Lang, md: boolean): string {
  const label = lang === 'zh' ? (FIELD_NAMES[f.field] ?? f.field) : f.field;
  const text = `${label}: ${show(f.before)} → ${show(f.after)}`;
  return md ? escapeMarkdown(text) : text;
}

export function summaryLine(d: DiffReport, lang: Lang): string {
  return lang === 'zh'
    ? `新增 ${d.added.length} 项，删除 ${d.removed.length} 项，修改 ${d.changed.length} 项，改编号 ${d.renamed.length} 项`
    : `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.renamed.length} renamed`;
}

export function renderDiff(d: DiffReport, format: DiffFormat, lang: Lang): string {
  const zh = lang === 'zh';
  if (format === 'json') return JSON.stringify({ version: 1, ...d }, null, 2) + '\n';
  const md = format === 'markdown';
  const lines: string[] = [];
  const title = zh ? `${d.new.region} 标准目录变更：${d.old.label} → ${d.new.label}` : `${d.new.region} directory changes: ${d.old.label} → ${d.new.label}`;
  lines.push(md ? `## ${title}` : title, '', summaryLine(d, lang));
  if (isEmptyDiff(d)) return lines.join('\n') + '\n';
  const section = (head: string) => lines.push('', md ? `### ${head}` : head);
  const bullet = md ? '- ' : '  ';
  const sub = md ? '  - ' : '      ';
  const code = (s: string) => (md ? `\`${s}\`` : s);
  const name = (i: ItemRef) => (md ? escapeMarkdown(itemName(i)) : itemName(i));
  if (d.added.length) {
    section(zh ? '新增' : 'added');
    for (const i of d.added) lines.push(`${bullet}${code(i.id)} ${name(i)}`);
  }
  if (d.removed.length) {
    section(zh ? '删除' : 'removed');
    for (const i of d.removed) lines.push(`${bullet}${code(i.id)} ${name(i)}`);
  }
  if (d.renamed.length) {
    section(zh ? '改编号' : 'renamed ids');
    for (const i of d.renamed) {
      lines.push(`${bullet}${code(i.from)} → ${code(i.id)} ${name(i)}`);
      for (const f of i.fields) lines.push(sub + field(f, lang, md));
    }
  }
  if (d.changed.length) {
    section(zh ? '修改' : 'changed');
    for (const i of d.changed) {
      lines.push(`${bullet}${code(i.id)} ${name(i)}`);
      for (const f of i.fields) lines.push(sub + field(f, lang, md));
    }
  }
  return lines.join('\n') + '\n';
}
