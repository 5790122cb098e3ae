// A 更新记录 as rows of the official change list (序号、领域、事项、变更内容、变更前、变更后): the one
// wording of a change that the workbook, the Word document and the site share. Each changed field is
// a row; the rows go by domain in the national order, then added, changed, renamed, removed.
import { CHANGES } from '../i18n/catalogue/changes.js';
import { say } from '../i18n/messages.js';
import type { Lang } from '../i18n/text.js';
import type { DiffReport, FieldChange, ItemRef } from '../model/changes.js';
import type { Compendium, PublishedItem } from '../model/compendium.js';
import { DOMAINS, domainById } from '../model/domains.js';
import { formatCitation } from '../model/item-values.js';
import type { Citation } from '../model/types.js';
import { FIELD_LABELS, show } from './describe.js';
import { isEmptyDiff } from './diff.js';

/** One row of the change list: what its cells say, in the column order. */
export interface ChangeRow {
  domain: string;
  item: string;
  change: string;
  before: string;
  after: string;
}

/** A changed field as the site's entry and the list's row name it: its column's name, the two values as one line each. */
export interface FieldLine {
  label: string;
  before: string;
  after: string;
}

export function itemsById(c: Compendium): Map<string, { item: PublishedItem; domain: string }> {
  const map = new Map<string, { item: PublishedItem; domain: string }>();
  for (const d of c.domains) for (const item of d.items) map.set(item.id, { item, domain: d.id });
  return map;
}

/** The item's names as every output shows them; a removed item only has the names the diff kept. */
export function nameOf(ref: ItemRef, item: PublishedItem | undefined): string {
  return (item ? [item.l1, item.l2, item.l3 ?? ''] : [ref.l1, ref.l2 ?? '']).filter(Boolean).join(' · ');
}

/** A domain's name, whether or not this version still has it (a custom domain by its name here, else its id). */
export function domainNameOf(domain: string, c: Compendium): string {
  return domainById(domain)?.name ?? c.domains.find((x) => x.id === domain)?.name ?? domain;
}

function fieldText(change: FieldChange, value: unknown): string {
  if (change.field === 'basis' && Array.isArray(value)) value = value.map((c) => formatCitation(c as Citation));
  if (change.field === 'domain' && typeof value === 'string') value = domainById(value)?.name ?? value;
  return show(value) || '—';
}

export function fieldLines(fields: readonly FieldChange[], lang: Lang = 'zh'): FieldLine[] {
  return fields.map((f) => {
    const label = FIELD_LABELS[f.field];
    return { label: label ? say(lang, label) : f.field, before: fieldText(f, f.before), after: fieldText(f, f.after) };
  });
}

/** The column labels of the change list, 序号 first as in every official table. */
export function changeColumns(lang: Lang = 'zh'): string[] {
  return [CHANGES.seq, CHANGES.domain, CHANGES.item, CHANGES.change, CHANGES.before, CHANGES.after].map((m) => say(lang, m));
}

/** The line under the list's heading: which version is compared with which. */
export function changesSince(d: DiffReport, lang: Lang = 'zh'): string {
  return say(lang, CHANGES.since, { version: d.new.version, date: d.new.date, previous: d.old.version, previousDate: d.old.date });
}

/**
 * The changes a printed output lists: those of a compendium built with `--previous` that has
 * directories of its own or lost some (a city's summary alone lists none: its regions' files do).
 */
export function printedChanges(c: Compendium): DiffReport | undefined {
  return c.changes && (c.domains.length > 0 || !isEmptyDiff(c.changes)) ? c.changes : undefined;
}

const nationalOrder = new Map(DOMAINS.map((d, i) => [d.id, i]));

/** Every change of `d` as rows of the list (`c` is the new version: it names the items still there). */
export function changeRows(d: DiffReport, c: Compendium, lang: Lang = 'zh'): ChangeRow[] {
  const items = itemsById(c);
  const none = '—';
  const rowsOf = (ref: ItemRef, present: boolean, lines: { change: string; before: string; after: string }[]) => {
    const base = { domain: domainNameOf(ref.domain, c), item: nameOf(ref, present ? items.get(ref.id)?.item : undefined) };
    return { domain: ref.domain, rows: lines.map((l) => ({ ...base, ...l })) };
  };
  const fieldRows = (fields: readonly FieldChange[]) =>
    fieldLines(fields, lang).map((f) => ({
      change: say(lang, CHANGES.fieldChanged, { field: f.label }),
      before: f.before,
      after: f.after,
    }));
  const groups = [
    ...d.added.map((r) => rowsOf(r, true, [{ change: say(lang, CHANGES.added), before: none, after: none }])),
    ...d.changed.map((r) => rowsOf(r, true, fieldRows(r.fields))),
    ...d.renamed.map((r) => rowsOf(r, true, [{ change: say(lang, CHANGES.renamed), before: r.from, after: r.id }, ...fieldRows(r.fields)])),
    ...d.removed.map((r) => rowsOf(r, false, [{ change: say(lang, CHANGES.removed), before: none, after: none }])),
  ];
  // A domain of the workspace's own comes after the national ones, in the compendium's order.
  const rank = (domain: string) => nationalOrder.get(domain) ?? DOMAINS.length + 1 + c.domains.findIndex((x) => x.id === domain);
  // A stable sort: within a domain the kinds keep their order, and each kind its items' order by id.
  return groups.sort((a, b) => rank(a.domain) - rank(b.domain)).flatMap((g) => g.rows);
}
