// What changed between two versions of a workspace: items added, removed, changed field by field,
// and ids renamed (an item that disappeared under one id and reappeared, same name, under another).
import { compareStrings } from '../core/order.js';
import { normaliseName } from '../model/names.js';
import { ITEM_FIELDS, type Item } from '../model/types.js';
import type { Workspace } from '../workspace/load.js';

export interface ItemRef {
  id: string;
  domain: string;
  l1: string;
  l2?: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangedItem extends ItemRef {
  fields: FieldChange[];
}

export interface RenamedItem extends ItemRef {
  from: string;
  fields: FieldChange[];
}

export interface VersionInfo {
  label: string;
  region: string;
  version: string;
  date: string;
}

export interface DiffReport {
  old: VersionInfo;
  new: VersionInfo;
  added: ItemRef[];
  removed: ItemRef[];
  changed: ChangedItem[];
  renamed: RenamedItem[];
}

type Located = { domain: string; item: Item };

const COMPARED = [...ITEM_FIELDS, 'notes'] as const;

function itemsById(ws: Workspace): Map<string, Located> {
  const map = new Map<string, Located>();
  for (const { data } of ws.directories) for (const item of data.items) map.set(item.id, { domain: data.domain, item });
  return map;
}

function ref({ domain, item }: Located): ItemRef {
  return { id: item.id, domain, l1: item.l1, ...(item.l2 ? { l2: item.l2 } : {}) };
}

/** Deterministic JSON of a value: object keys sorted, so key order in YAML is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => compareStrings(a, b))) : v,
  );
}

function fieldChanges(a: Located, b: Located): FieldChange[] {
  const out: FieldChange[] = [];
  if (a.domain !== b.domain) out.push({ field: 'domain', before: a.domain, after: b.domain });
  for (const field of COMPARED) {
    const before = (a.item as unknown as Record<string, unknown>)[field];
    const after = (b.item as unknown as Record<string, unknown>)[field];
    if (canonical(before) !== canonical(after)) out.push({ field, before: before ?? null, after: after ?? null });
  }
  return out;
}

const nameKey = (l: Located) => `${l.domain}|${normaliseName(l.item.l1)}|${normaliseName(l.item.l2)}`;
const byId = (a: ItemRef, b: ItemRef) => compareStrings(a.id, b.id);

export function info(ws: Workspace, label: string): VersionInfo {
  return { label, region: ws.config.region, version: ws.config.version, date: ws.config.date };
}

export function diffWorkspaces(oldWs: Workspace, newWs: Workspace, labels: [string, string]): DiffReport {
  const before = itemsById(oldWs);
  const after = itemsById(newWs);
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
    old: info(oldWs, labels[0]),
    new: info(newWs, labels[1]),
    added: added.filter((a) => !renamedTo.has(a.item.id)).map(ref).sort(byId),
    removed: removed.filter((r) => !renamedFrom.has(r.item.id)).map(ref).sort(byId),
    changed: changed.sort(byId),
    renamed: renamed.sort(byId),
  };
}

export function isEmptyDiff(d: DiffReport): boolean {
  return d.added.length + d.removed.length + d.changed.length + d.renamed.length === 0;
}
