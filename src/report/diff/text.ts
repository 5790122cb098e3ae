// The text of a diff for people: stylish (terminal) and markdown (a pull-request comment) differ
// only in markup, so both are written here.
import type { Lang } from '../../i18n/text.js';
import type { DiffReport, FieldChange, ItemRef } from '../../diff/diff.js';
import { isEmptyDiff } from '../../diff/diff.js';
import { FIELD_NAMES, show, summaryLine } from '../../diff/describe.js';

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

export function diffText(d: DiffReport, lang: Lang, md: boolean): string {
  const zh = lang === 'zh';
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
