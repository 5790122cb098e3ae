// Words for a diff, shared by the diff reports and the site's changelog: the name of each compared
// field, a value as one line, and the one-sentence summary.
import { REPORT } from '../i18n/catalogue/report.js';
import { defineMessages, say, type Message } from '../i18n/messages.js';
import type { Lang } from '../i18n/text.js';
import { COMPARED_FIELDS, fieldSpec } from '../model/fields.js';
import type { DiffReport } from './diff.js';

/** How reports name each compared field: its column in the official table layout, its key in English. */
export const FIELD_LABELS: Readonly<Record<string, Message>> = defineMessages({
  domain: { zh: '领域', en: 'domain' },
  ...Object.fromEntries(COMPARED_FIELDS.map((name) => [name, { zh: fieldSpec(name)!.title.zh, en: name }])),
});

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
  return say(lang, REPORT.diffSummary, {
    added: d.added.length,
    removed: d.removed.length,
    changed: d.changed.length,
    renamed: d.renamed.length,
  });
}
