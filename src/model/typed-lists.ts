// Lists as a clerk types them in a cell — `mode: 主动`, `level: 县级、乡级`, `[政府网站，政务服务中心]` —
// found and read as meant, the same way for lint (the list-form rule reports them) and for a draft build.
import { splitListText } from './item-values.js';
import { isOneLevelLabel } from './level-labels.js';

/** Lists whose entries are labels or channel names: a text value of them is split at any separator. */
const LABEL_FIELDS = new Set(['channels', 'mode', 'level']);
/** Every item field the schema wants as a list (content may also be one text). */
const LIST_FIELDS = ['basis', 'channels', 'mode', 'level'] as const;

export interface ListMistake {
  /** Where the field is: ['items', i, field] or ['defaults', field]. */
  path: (string | number)[];
  field: string;
  /** The field's list as the author meant it. */
  list: unknown[];
  /** For an entry of a list: its index and what it splits into. */
  entry?: { index: number; value: string; pieces: string[] };
}

/** A separator a clerk types between entries: the cheap test that passes over nearly every entry. */
const SEPARATOR = /[、，,；;]/;

/** The entries `entry` splits into: labels at any separator, citations only as 《…》，《…》. */
function piecesOf(field: string, entry: string): string[] {
  if (!SEPARATOR.test(entry)) return [entry];
  // A table's own level label 乡、村级 is one level (the header of one column), not 乡 and 村级.
  if (field === 'level' && isOneLevelLabel(entry)) return [entry];
  if (LABEL_FIELDS.has(field)) return splitListText(entry);
  const pieces = splitListText(entry, { separators: '，' });
  return pieces.every((p) => p.startsWith('《')) ? pieces : [entry];
}

/** The mistaken lists of one field value; none when the value is as the schema wants it. */
function mistakesOf(path: (string | number)[], field: string, value: unknown): ListMistake[] {
  if (typeof value === 'string') {
    const pieces = LABEL_FIELDS.has(field) ? splitListText(value, { spaces: true }) : [value.trim()];
    return pieces.length ? [{ path, field, list: pieces }] : [];
  }
  if (!Array.isArray(value)) return [];
  let found: Omit<ListMistake, 'list'>[] | undefined;
  value.forEach((entry: unknown, index) => {
    const pieces = typeof entry === 'string' ? piecesOf(field, entry) : [];
    if (pieces.length > 1) (found ??= []).push({ path, field, entry: { index, value: entry as string, pieces } });
  });
  if (!found) return [];
  const split = new Map(found.map((m) => [m.entry!.index, m.entry!.pieces]));
  const list = value.flatMap((entry: unknown, index) => split.get(index) ?? [entry]);
  return found.map((m) => ({ ...m, list }));
}

/** Every mistaken list of a directory file's items and defaults. */
export function listMistakes(data: unknown): ListMistake[] {
  const out: ListMistake[] = [];
  if (!data || typeof data !== 'object') return out;
  const { items, defaults } = data as { items?: unknown; defaults?: unknown };
  const scan = (base: (string | number)[], record: unknown) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) return;
    for (const field of LIST_FIELDS) out.push(...mistakesOf([...base, field], field, (record as Record<string, unknown>)[field]));
  };
  scan(['defaults'], defaults);
  if (Array.isArray(items)) items.forEach((item, i) => scan(['items', i], item));
  return out;
}

/** The file's data with every mistaken list read as the author meant it (the same object when there is none). */
export function mendedLists(data: unknown): unknown {
  const mistakes = listMistakes(data);
  if (!mistakes.length) return data;
  const root = { ...(data as Record<string, unknown>) };
  const items = Array.isArray(root.items) ? (root.items = [...(root.items as unknown[])]) : [];
  if (root.defaults) root.defaults = { ...(root.defaults as Record<string, unknown>) };
  const copied = new Set<number>();
  for (const m of mistakes) {
    const i = m.path[1] as number;
    if (m.path[0] === 'items' && !copied.has(i)) {
      items[i] = { ...(items[i] as Record<string, unknown>) };
      copied.add(i);
    }
    const record = (m.path[0] === 'defaults' ? root.defaults : items[i]) as Record<string, unknown>;
    record[m.field] = m.list;
  }
  return root;
}
