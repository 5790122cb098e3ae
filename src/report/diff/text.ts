// The text of a diff for people: stylish (terminal) and markdown (a pull-request comment) differ
// only in markup, so both are written here.
import type { Lang } from '../../i18n/text.js';
import type { DiffReport, FieldChange, ItemRef } from '../../diff/diff.js';
import type { TreeDiff } from '../../diff/versions.js';
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

export function diffText(d: TreeDiff, lang: Lang, md: boolean): string {
  const title = say(lang, REPORT.diffTitle, { region: d.new.region, old: d.old.label, new: d.new.label });
  // The summary counts the whole tree; the workspace's own changes follow it, then each region's.
  const whole = (d.regions ?? []).reduce<DiffReport>(
    (t, r) => ({
      ...t,
      added: [...t.added, ...r.diff.added],
      removed: [...t.removed, ...r.diff.removed],
      changed: [...t.changed, ...r.diff.changed],
      renamed: [...t.renamed, ...r.diff.renamed],
    }),
    d,
  );
  const lines: string[] = [md ? `## ${title}` : title, '', summaryLine(whole, lang), ...diffBody(d, lang, md, '')];
  // Each region that changed: its name and folder, its summary, then its items, indented by depth.
  for (const r of d.regions ?? []) {
    if (isEmptyDiff(r.diff)) continue;
    const indent = md ? '' : '  '.repeat(r.depth);
    const head = say(lang, REPORT.diffRegion, { region: r.region, path: r.path });
    lines.push(
      '',
      md ? `### ${escapeMarkdown(head)}` : `${'  '.repeat(r.depth - 1)}${head}`,
      '',
      `${indent}${summaryLine(r.diff, lang)}`,
      ...diffBody(r.diff, lang, md, indent, true),
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The changed items of one directory, by kind; `indent` before every line (a region's, in a
 * terminal); in Markdown a region's kinds are headings one level below its own.
 */
function diffBody(d: DiffReport, lang: Lang, md: boolean, indent: string, inRegion = false): string[] {
  const lines: string[] = [];
  if (isEmptyDiff(d)) return lines;
  const section = (head: string) => lines.push('', md ? `${inRegion ? '####' : '###'} ${head}` : `${indent}${head}`);
  const bullet = md ? '- ' : `${indent}  `;
  const sub = md ? '  - ' : `${indent}      `;
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
  return lines;
}
