// The text of a diff for people: stylish (terminal) and markdown (a pull-request comment) differ
// only in markup, so both are written here.
import type { Lang } from '../../i18n/text.js';
import type { DiffReport, FieldChange, ItemRef } from '../../diff/diff.js';
import { isEmptyDiff } from '../../diff/diff.js';
import { FIELD_LABELS, show, summaryLine } from '../../diff/describe.js';
import { REPORT } from '../../i18n/catalogue/report.js';
import { say } from '../../i18n/messages.js';

function itemName(i: ItemRef): string {
  return i.l2 ? `${i.l1} / ${i.l2}` : i.l1;
}

/** Data shown in a Markdown comment must not turn into markup. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_<>[\]|]/g, (ch) => `\\${ch}`);
}

function field(f: FieldChange, lang: Lang, md: boolean): string {
  const label = FIELD_LABELS[f.field]?.[lang] ?? f.field;
  const text = `${label}: ${show(f.before)} → ${show(f.after)}`;
  return md ? escapeMarkdown(text) : text;
}

export function diffText(d: DiffReport, lang: Lang, md: boolean): string {
  const lines: string[] = [];
  const title = say(lang, REPORT.diffTitle, { region: d.new.region, old: d.old.label, new: d.new.label });
  lines.push(md ? `## ${title}` : title, '', summaryLine(d, lang));
  if (isEmptyDiff(d)) return lines.join('\n') + '\n';
  const section = (head: string) => lines.push('', md ? `### ${head}` : head);
  const bullet = md ? '- ' : '  ';
  const sub = md ? '  - ' : '      ';
  const code = (s: string) => (md ? `\`${s}\`` : s);
  const name = (i: ItemRef) => (md ? escapeMarkdown(itemName(i)) : itemName(i));
  if (d.added.length) {
    section(say(lang, REPORT.diffAdded));
    for (const i of d.added) lines.push(`${bullet}${code(i.id)} ${name(i)}`);
  }
  if (d.removed.length) {
    section(say(lang, REPORT.diffRemoved));
    for (const i of d.removed) lines.push(`${bullet}${code(i.id)} ${name(i)}`);
  }
  if (d.renamed.length) {
    section(say(lang, REPORT.diffRenamed));
    for (const i of d.renamed) {
      lines.push(`${bullet}${code(i.from)} → ${code(i.id)} ${name(i)}`);
      for (const f of i.fields) lines.push(sub + field(f, lang, md));
    }
  }
  if (d.changed.length) {
    section(say(lang, REPORT.diffChanged));
    for (const i of d.changed) {
      lines.push(`${bullet}${code(i.id)} ${name(i)}`);
      for (const f of i.fields) lines.push(sub + field(f, lang, md));
    }
  }
  return lines.join('\n') + '\n';
}
