// `gkml import <workbook> --into <workspace>`: a filled workbook merged back into the workspace by
// item id. Changed values are written into the existing YAML through minimal edits (comments,
// quoting and untouched items kept), new rows become new items of their domain's file, items the
// workbook no longer has are reported and kept (removed with `prune`). Nothing is written unless
// every changed file still parses; `dryRun` computes the same and writes nothing.
import { WORKSPACE_SCHEMAS } from '../workspace/config.js';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { applyEdits, type TextEdit } from '../core/positions.js';
import { GkmlError } from '../core/errors.js';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import { domainById } from '../model/domains.js';
import { withDefaults } from '../model/item-values.js';
import { normaliseName } from '../model/names.js';
import { mendedLists } from '../model/typed-lists.js';
import type { DirectoryData, Item, ItemDefaults } from '../model/types.js';
import { DIRECTORY_SCHEMA_PATH } from '../schema/directory-schema.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { onPath } from '../core/system-faults.js';
import { displayPath } from '../util/paths.js';
import { appendEntries, removeEntry, removeKey, setKey, type PlainValue } from '../workspace/edit-structure.js';
import { loadWorkspace } from '../workspace/load.js';
import { parseSource, type SourceFile } from '../workspace/source.js';
import { changedFields, REMOVED, ROW_FIELDS, sameValue, type RowField } from './item-changes.js';
import { assignIds, type ItemDraft } from './items.js';
import type { ImportProblem } from './problem.js';
import { readTables, type DomainRows } from './read-tables.js';
import { directoryYaml } from './yaml.js';

export interface MergeOptions {
  file: string;
  /** The workspace folder the workbook is merged into. */
  into: string;
  domain?: string;
  /** Remove the items the workbook no longer has (default: report and keep them). */
  prune?: boolean;
  dryRun?: boolean;
  cwd?: string;
}

export interface DomainMerge {
  id: string;
  name: string;
  /** Items whose values changed, with the fields that did. */
  changed: { id: string; fields: RowField[] }[];
  added: string[];
  /** Items of the workspace the workbook does not have: kept, or removed with `prune`. */
  missing: string[];
}

export interface ChangedFile {
  path: string;
  display: string;
  before: string;
  after: string;
}

export interface MergeResult {
  domains: DomainMerge[];
  files: ChangedFile[];
  pruned: boolean;
  written: boolean;
  rowsRead: number;
  problems: ImportProblem[];
  errorCount: number;
}

interface Located {
  file: SourceFile;
  index: number;
  item: Item;
}

/** Edits of one file, and the text of a file that does not exist yet. */
class FileEdits {
  readonly edits = new Map<string, TextEdit[]>();
  readonly created = new Map<string, string>();
  add(path: string, edits: readonly TextEdit[] | undefined, what: string): void {
    if (!edits) throw new GkmlError(msg(IMPORT.cannotEdit, { what }), { file: path });
    this.edits.set(path, [...(this.edits.get(path) ?? []), ...edits]);
  }
}

/** Insertions at one offset become one, in the order they were added (a new field before new items). */
function joined(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const same = out.find((o) => o.start === e.start && o.end === e.start && e.end === e.start);
    if (same) same.text += e.text;
    else out.push({ ...e });
  }
  return out;
}

function itemRecord(item: Item): Record<string, PlainValue> {
  const record: Record<string, PlainValue> = { id: item.id };
  for (const f of ROW_FIELDS) {
    const v = (item as unknown as Record<string, unknown>)[f];
    if (v !== undefined) record[f] = v as PlainValue;
  }
  return record;
}

/** A new row as an item: fields a default gives the same value (or leaves to the default) are left out. */
function newItem(
  item: Item,
  defaults: ItemDefaults | undefined,
  workspaceDefaults: Readonly<Record<string, unknown>>,
): Record<string, PlainValue> {
  const record = itemRecord(item);
  for (const f of ROW_FIELDS) {
    const given = defaults?.[f as keyof ItemDefaults] ?? workspaceDefaults[f];
    if (given === undefined || f === 'l1') continue;
    if (record[f] === null || sameValue(f, record[f], given)) delete record[f];
  }
  return record;
}

export async function mergeInto(options: MergeOptions): Promise<MergeResult> {
  const cwd = options.cwd ?? process.cwd();
  const ws = await loadWorkspace(options.into, { cwd });
  const read = await readTables({ file: options.file, domain: options.domain, cwd });
  const workspaceDefaults = ws.config.defaults ?? {};
  const byId = new Map<string, Located>();
  const fileOf = new Map<string, SourceFile>();
  for (const file of ws.directories) {
    const data = mendedLists(file.data) as DirectoryData | undefined;
    if (!data || typeof data !== 'object' || !Array.isArray(data.items)) continue;
    if (typeof data.domain === 'string' && !fileOf.has(data.domain)) fileOf.set(data.domain, file);
    data.items.forEach((item, index) => {
      if (item && typeof item.id === 'string' && !byId.has(item.id))
        byId.set(item.id, { file, index, item: withDefaults(item, data.defaults, workspaceDefaults) });
    });
  }
  const edits = new FileEdits();
  const domains: DomainMerge[] = [];
  for (const rows of read.domains.values())
    domains.push(mergeDomain(rows, { ws, byId, fileOf, edits, workspaceDefaults, prune: options.prune ?? false }));

  const files: ChangedFile[] = [];
  for (const [path, list] of edits.edits) {
    const file = ws.directories.find((f) => f.path === path)!;
    const after = applyEdits(file.text, joined(list));
    if (after === file.text) continue;
    if (parseSource(path, file.display, after).fatal) throw new GkmlError(msg(IMPORT.editBroke), { file: file.display });
    files.push({ path, display: file.display, before: file.text, after });
  }
  for (const [path, after] of edits.created) files.push({ path, display: displayPath(path, cwd), before: '', after });
  const written = !options.dryRun && files.length > 0;
  if (written) for (const f of files) onPath(f.display, () => writeFileAtomic(f.path, f.after));
  return {
    domains,
    files,
    pruned: options.prune ?? false,
    written,
    rowsRead: read.rowsRead,
    problems: read.problems.items,
    errorCount: read.problems.errorCount,
  };
}

interface MergeContext {
  ws: Awaited<ReturnType<typeof loadWorkspace>>;
  byId: ReadonlyMap<string, Located>;
  fileOf: ReadonlyMap<string, SourceFile>;
  edits: FileEdits;
  workspaceDefaults: Readonly<Record<string, unknown>>;
  prune: boolean;
}

/** An item's names, normalised: a row without an id that names an item the workbook lacks is that item. */
const nameKey = (i: { l1: string; l2?: string | null }) => `${normaliseName(i.l1)}|${normaliseName(i.l2)}`;

function mergeDomain(rows: DomainRows, ctx: MergeContext): DomainMerge {
  const { domain } = rows;
  const result: DomainMerge = { id: domain.id, name: domainById(domain.id)?.name ?? domain.name, changed: [], added: [], missing: [] };
  const target = ctx.fileOf.get(domain.id);
  const all = target ? ((mendedLists(target.data) as DirectoryData).items ?? []) : [];
  const known = all.filter((i) => i && typeof i.id === 'string');
  const seen = new Set<string>();
  const update = (found: Located, draft: ItemDraft, refused: ReadonlySet<string>) => {
    seen.add(found.item.id);
    // A refused cell (a date where a time limit belongs …), or a column the workbook lacks, never overwrites what the workspace has.
    const changes = changedFields(found.item, draft).filter(([field]) => !refused.has(field));
    if (!changes.length) return;
    result.changed.push({ id: found.item.id, fields: changes.map(([f]) => f) });
    for (const [field, value] of changes) {
      const at = ['items', found.index];
      ctx.edits.add(
        found.file.path,
        value === REMOVED ? removeKey(found.file, at, field) : setKey(found.file, at, field, value),
        found.item.id,
      );
    }
  };
  const unmatched: { draft: ItemDraft; refused: ReadonlySet<string> }[] = [];
  for (const { draft, refused: refusedCells, absent } of rows.rows) {
    const refused = new Set([...refusedCells, ...absent]);
    const found = draft.id && !seen.has(draft.id) ? ctx.byId.get(draft.id) : undefined;
    if (found) update(found, draft, refused);
    // A row without an id, or a copy of another row (its hidden id copied with it), is matched by name or new.
    else unmatched.push({ draft: draft.id && seen.has(draft.id) ? { ...draft, id: undefined } : draft, refused });
  }
  const fresh: ItemDraft[] = [];
  for (const { draft, refused } of unmatched) {
    const same = draft.id ? undefined : known.find((i) => !seen.has(i.id) && nameKey(i) === nameKey(draft));
    if (same) update(ctx.byId.get(same.id)!, draft, refused);
    else fresh.push(draft);
  }

  const missing = known.filter((i) => !seen.has(i.id));
  result.missing = missing.map((i) => i.id);
  if (ctx.prune && target) {
    for (const i of missing) ctx.edits.add(target.path, removeEntry(target, ['items'], all.indexOf(i)), i.id);
  }

  if (fresh.length) {
    const items = assignIds(domain.id, fresh, new Set([...ctx.byId.keys(), ...seen]));
    result.added = items.map((i) => i.id);
    const fileDefaults = target ? (target.data as DirectoryData).defaults : undefined;
    const records = items.map((i) => newItem(i, fileDefaults, ctx.workspaceDefaults));
    if (target) ctx.edits.add(target.path, appendEntries(target, ['items'], records), domain.id);
    else createFile(ctx, domain.id, items);
  }
  return result;
}

/** A domain the workspace has no file for: a new file beside the others. */
function createFile(ctx: MergeContext, domainId: string, items: Item[]): void {
  const folder = ctx.ws.directories[0] ? dirname(ctx.ws.directories[0].path) : join(ctx.ws.root, 'directories');
  const path = join(folder, `${domainId}.yaml`);
  if (existsSync(path)) throw new GkmlError(msg(IMPORT.fileExists, { file: displayPath(path, process.cwd()) }));
  const data: DirectoryData = { domain: domainId, name: domainById(domainId)!.name, items };
  // The workspace's own copy of the schema when it has one (gkml init writes it), else gkml's.
  const own = existsSync(join(ctx.ws.root, WORKSPACE_SCHEMAS));
  const schemaPath = relative(folder, own ? join(ctx.ws.root, WORKSPACE_SCHEMAS, 'directory.schema.json') : DIRECTORY_SCHEMA_PATH)
    .split('\\')
    .join('/');
  ctx.edits.created.set(path, directoryYaml(data, schemaPath, '由 gkml import --into 从填报工作簿新建；运行 gkml lint 检查。'));
}
