// What changed between two versions of a directory: items added, removed, changed field by field,
// and ids renamed (an item that disappeared under one id and reappeared, same name, under another).
// Both versions are compendia, so values are compared as published (defaults resolved).
import { compareStrings } from '../core/order.js';
import type { Compendium } from '../model/compendium.js';
import { normaliseName } from '../model/names.js';
import { COMPARED_FIELDS } from '../model/fields.js';
import type { ChangedItem, DiffReport, FieldChange, ItemRef, RenamedItem, VersionInfo } from '../model/changes.js';
import type { Item } from '../model/types.js';

export type { ChangedItem, DiffReport, FieldChange, ItemRef, RenamedItem, VersionInfo } from '../model/changes.js';

/** The four lists of a diff, in the order reports show them. */
export const DIFF_LISTS = ['added', 'removed', 'changed', 'renamed'] as const;

type Located = { domain: string; item: Item };

function itemsById(c: Compendium): Map<string, Located> {
  const map = new Map<string, Located>();
  for (const d of c.domains) for (const item of d.items) map.set(item.id, { domain: d.id, item: item.data });
  return map;
}

function ref({ domain, item }: Located): ItemRef {
  return { id: item.id, domain, l1: item.l1, ...(item.l2 ? { l2: item.l2 } : {}) };
}

/** Deterministic JSON of a value: object keys sorted, so key order in YAML is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => compareStrings(a, b)))
      : v,
  );
}

function fieldChanges(a: Located, b: Located): FieldChange[] {
  const out: FieldChange[] = [];
  if (a.domain !== b.domain) out.push({ field: 'domain', before: a.domain, after: b.domain });
  for (const field of COMPARED_FIELDS) {
    const before = (a.item as unknown as Record<string, unknown>)[field];
    const after = (b.item as unknown as Record<string, unknown>)[field];
    if (canonical(before) !== canonical(after)) out.push({ field, before: before ?? null, after: after ?? null });
  }
  return out;
}

const nameKey = (l: Located) => `${l.domain}|${normaliseName(l.item.l1)}|${normaliseName(l.item.l2)}`;
const byId = (a: ItemRef, b: ItemRef) => compareStrings(a.id, b.id);

function info(c: Compendium, label: string): VersionInfo {
  return { label, region: c.region, version: c.version, date: c.date };
}

export function diffCompendia(oldC: Compendium, newC: Compendium, labels: [string, string]): DiffReport {
  const before = itemsById(oldC);
  const after = itemsById(newC);
  const removed = [...before.values()].filter((l) => !after.has(l.item.id));
  const added = [...after.values()].filter((l) => !before.has(l.item.id));

  const renamed: RenamedItem[] = [];
  const addedByName = new Map<string, Located[]>();
  for (const a of added) addedByName.set(nameKey(a), [...(addedByName.get(nameKey(a)) ?? []), a]);
  const renamedTo = new Set<string>();
  const renamedFrom = new Set<string>();
  for (const r of removed) {
    const candidate = addedByName.get(nameKey(r))?.find((a) => !renamedTo.has(a.item.id));
    if (!candidate) continue;
    renamedTo.add(candidate.item.id);
    renamedFrom.add(r.item.id);
    renamed.push({ ...ref(candidate), from: r.item.id, fields: fieldChanges(r, candidate).filter((f) => f.field !== 'id') });
  }

  const changed: ChangedItem[] = [];
  for (const [id, b] of after) {
    const a = before.get(id);
    if (!a) continue;
    const fields = fieldChanges(a, b);
    if (fields.length) changed.push({ ...ref(b), fields });
  }
  return {
    old: info(oldC, labels[0]),
    new: info(newC, labels[1]),
    added: added
      .filter((a) => !renamedTo.has(a.item.id))
      .map(ref)
      .sort(byId),
    removed: removed
      .filter((r) => !renamedFrom.has(r.item.id))
      .map(ref)
      .sort(byId),
    changed: changed.sort(byId),
    renamed: renamed.sort(byId),
  };
}

export function isEmptyDiff(d: DiffReport): boolean {
  return DIFF_LISTS.every((k) => d[k].length === 0);
}
