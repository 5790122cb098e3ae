// Finding the tables of a sheet and what each column holds. A header row is a row naming at least
// three of the official columns; when the row below holds the sub-labels of the grouped columns
// (公开事项, 公开对象, 公开方式, 公开层级) the header is two rows, three when a row above only finishes
// its labels (公开 | 时限). Every label variant seen in published tables (docs/reference/format.md
// §1.1–§1.2; the patterns live in the field registry, model/fields.ts) maps onto the official
// columns; anything else becomes an item note named after its header.
import { cellText, columnLetters, type CellRange, type SheetGrid } from './grid.js';
import { COLUMNS, exactHeaderLabels, headerLabels } from '../model/fields.js';
import { largest } from '../util/arrays.js';
import { readChannels } from './channels.js';
import { BOX_GLYPHS } from '../model/channels.js';
import { isKnownChannel } from '../rules/channel-vocabulary.js';

export type FieldKind =
  | 'seq'
  | 'id'
  | 'l1'
  | 'l2'
  | 'l3'
  | 'content'
  | 'basis'
  | 'timeframe'
  | 'owner'
  | 'channels'
  | 'society'
  | 'specific'
  | 'active'
  | 'onRequest'
  /** One 公开对象 column holding 全社会 / 特定群体 as text. */
  | 'audience'
  /** One 公开方式 column holding 主动 / 依申请 as text. */
  | 'mode'
  /** One 公开层级 column holding level labels as text. */
  | 'levels'
  /** 相应领域: the domain of each row. */
  | 'domain';

export type ColumnRole = { kind: FieldKind } | { kind: 'level'; label: string } | { kind: 'note'; name: string };

export interface TableColumn {
  col: number;
  role: ColumnRole;
  /** The header as written, for reports. */
  header: string;
  /** The header row whose cell holds the column's own label (the lower row of a grouped label). */
  labelRow: number;
}

export interface Table {
  sheet: SheetGrid;
  /** The sheet's merged ranges, indexed by cell. */
  merges: MergeMap;
  /** Text of the rows above the header (the title), for telling the domain. */
  title: string;
  headerTop: number;
  headerBottom: number;
  /** Data rows, 1-based inclusive; firstRow > lastRow when the table has none. */
  firstRow: number;
  lastRow: number;
  /** Rows among them that repeat the header (a table copied from a paginated PDF): not data. */
  repeatedHeaders?: ReadonlySet<number>;
  columns: TableColumn[];
}

/**
 * Labels compared without spacing, full-width forms or quotes (`公开渠道 和载体` = `公开渠道和载体`),
 * and with the 公 a copy lost put back (`开内容(要素)` = `公开内容(要素)`: a PDF font without the glyph).
 */
export function normaliseLabel(text: string): string {
  const n = text.normalize('NFKC').replace(/[\s“”"‘’']/g, '');
  return LOST_GONG.test(n) ? `公${n}` : n;
}

/** An official label that starts 公开 with its 公 gone. */
const LOST_GONG = /^开(事项|内容|要素|依据|时限|主体|渠道|载体|对象|方式|层级|属性)/;

/** The field registry's header labels (src/model/fields.ts), then the domain column and any level column. */
const LABELS: readonly [RegExp, FieldKind | 'level'][] = [
  ...(headerLabels() as [RegExp, FieldKind][]),
  [/^(对?相应|公开|所属)?领域(名称)?$/, 'domain'],
  // 县级, 乡级, 乡、村级, 区县级, 镇(街)级 … (一级/二级/三级 matched above).
  [/^[^级]{1,8}级$/, 'level'],
];

/** A remark in brackets after a label (一级事项(编码), 公开领域(编码)): the label is what it qualifies. */
const TRAILING_REMARK = /.[(][^()]*[)]$/u;

function classify(label: string): FieldKind | 'level' | undefined {
  const n = normaliseLabel(label);
  const kindOf = (text: string) => LABELS.find(([re]) => re.test(text))?.[1];
  return kindOf(n) ?? (TRAILING_REMARK.test(n) ? kindOf(n.replace(/[(][^()]*[)]$/u, '')) : undefined);
}

/** The grouped headers of the official layout (row 2, over sub-labels in row 3). */
const GROUP_LABEL = /^(公开(事项|对象|方式|层级)|事项名称)/;

/** A remark in brackets that ends a label printed on two lines: (要素). */
const REMARK = /^[(（].*[)）]$/;

/** The official header labels in table order: what a label cut short (公开主, 公开对, 公开) is the start of. */
const OFFICIAL_LABELS = ['公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'];

/**
 * A header row's labels with those cut short by the copy (公开主, 公开对, 公开) completed: each
 * becomes the first official label it starts that the row does not already name.
 */
function completedLabels(tops: readonly string[]): string[] {
  const named = new Set(tops.map((t) => (t ? classify(t) : undefined)).filter(Boolean));
  return tops.map((t) => {
    const n = t ? normaliseLabel(t) : '';
    if (!n.startsWith('公开') || classify(n) !== undefined) return t;
    const full = OFFICIAL_LABELS.find((l) => l.startsWith(n) && l !== n && !named.has(classify(l)));
    if (full) named.add(classify(full));
    return full ?? t;
  });
}

/** What each group may hold, by the kind its label classifies as. */
const GROUPS: Record<string, readonly (FieldKind | 'level')[]> = {
  // 公开事项 over 所属领域 | 一级事项 | 二级事项 (五间镇): the domain column may sit in the group too.
  l1: ['l1', 'l2', 'l3', 'domain'],
  audience: ['society', 'specific'],
  mode: ['active', 'onRequest'],
  levels: ['level'],
};

/** A sheet's last column is XFD, 16,384. */
const MAX_COLUMNS = 16_384;
const cellKey = (row: number, col: number) => row * MAX_COLUMNS + col;

/** Row-wide lookups through merged ranges. */
export class MergeMap {
  /** By row × MAX_COLUMNS + column: a number key, as this is asked for every cell of a large sheet. */
  private readonly byCell = new Map<number, CellRange>();
  constructor(readonly grid: SheetGrid) {
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.byCell.set(cellKey(r, c), m);
    }
  }
  rangeAt(row: number, col: number): CellRange | undefined {
    return this.byCell.size ? this.byCell.get(cellKey(row, col)) : undefined;
  }
  /** The text shown in a cell: a covered cell shows its merge's text. */
  shownText(row: number, col: number): string {
    const m = this.rangeAt(row, col);
    return m ? cellText(this.grid, m.top, m.left) : cellText(this.grid, row, col);
  }
}

const MAX_LABEL = 60;

function rowWidth(grid: SheetGrid, row: number): number {
  return grid.rows[row - 1]?.length ?? 0;
}

/** Labels that only a header holds; 全社会, 主动, 县级 … are also written in data cells. */
const STRUCTURAL = new Set<string>([
  'seq',
  'id',
  'l1',
  'l2',
  'l3',
  'content',
  'basis',
  'timeframe',
  'owner',
  'channels',
  'audience',
  'mode',
  'levels',
]);

/** How many distinct official columns a row names: 3 or more makes it a header (a bare number never). */
function headerScore(grid: SheetGrid, merges: MergeMap, row: number): number {
  const kinds = new Set<string>();
  for (let c = 1; c <= rowWidth(grid, row); c++) {
    const text = merges.shownText(row, c).trim();
    if (/^\d+$/.test(text)) return 0;
    if (!text || text.length > MAX_LABEL) continue;
    const kind = classify(text);
    if (kind && STRUCTURAL.has(kind)) kinds.add(kind);
  }
  return kinds.size;
}

function leafRole(group: string | undefined, leaf: string, used: Set<string>): ColumnRole {
  const label = normaliseLabel(leaf);
  const groupKind = group ? classify(group) : undefined;
  if (groupKind === 'levels') return { kind: 'level', label };
  const allowed = groupKind ? GROUPS[groupKind] : undefined;
  const kind = classify(leaf) ?? (allowed ? cutShort(label, allowed) : undefined);
  const noteName = group ? `${normaliseLabel(group)}(${label})` : label;
  if (kind === 'level' && (!group || allowed)) return { kind: 'level', label };
  let field: FieldKind | undefined;
  if (allowed) field = kind && kind !== 'level' && allowed.includes(kind) ? kind : undefined;
  // A group that is one field in parts (公开主体: 市级 | 区县级、乡镇级): the first part is the field.
  else if (groupKind && groupKind !== 'level') field = groupKind;
  else if (kind !== 'level') field = kind;
  if (field && !used.has(field)) {
    used.add(field);
    return { kind: field };
  }
  return { kind: 'note', name: noteName };
}

/** The item level an unlabelled column of the 公开事项 group is, once the levels before it are taken. */
function nextItemLevel(group: string, used: ReadonlySet<string>): FieldKind | undefined {
  if (classify(group) !== 'l1' || !used.has('l1')) return undefined;
  return (['l1', 'l2', 'l3'] as const).find((k) => !used.has(k));
}

/** The one sub-label of a group that a label cut short by the copy is part of (全 or 社会 of 全社会, 依 of 依申请). */
function cutShort(label: string, allowed: readonly (FieldKind | 'level')[]): FieldKind | undefined {
  if (!label) return undefined;
  const parts = COLUMNS.filter((c) => c.label && allowed.includes(c.key as FieldKind) && c.label.includes(label));
  return parts.length === 1 ? (parts[0]!.key as FieldKind) : undefined;
}

/** The columns headed by a field's exact header (公开属性), by column: each takes its field before any other header does. */
function exactColumns(tops: readonly string[], used: Set<string>): Map<number, FieldKind> {
  const exact = new Map<number, FieldKind>();
  tops.forEach((t, c) => {
    const kind = t ? exactHeaderLabels().find(([re]) => re.test(normaliseLabel(t)))?.[1] : undefined;
    if (kind && !used.has(kind)) {
      used.add(kind);
      exact.set(c, kind as FieldKind);
    }
  });
  return exact;
}

interface HeaderShape {
  columns: TableColumn[];
  bottom: number;
}

/**
 * A row that finishes the labels above it, each label printed on two lines (公开 | 时限, 公开内容 |
 * (要素)): every text it holds is short, under a label that is not a group's, and completes it into
 * an official label. Its texts, or undefined when the row is not one.
 */
function labelEnds(grid: SheetGrid, merges: MergeMap, row: number, above: readonly string[], width: number): string[] | undefined {
  const ends: string[] = [];
  let any = false;
  for (let c = 1; c <= width; c++) {
    const m = merges.rangeAt(row, c);
    ends[c] = m && m.top < row ? '' : cellText(grid, row, c).trim();
    if (!ends[c]) continue;
    const label = above[c] ?? '';
    if (ends[c]!.length > 8 || !label || GROUP_LABEL.test(normaliseLabel(label))) return undefined;
    // The label above is a start (公开) that only the end completes, or the end is a remark in brackets ((要素)).
    const completes = !classify(label) || REMARK.test(ends[c]!);
    if (!completes || !classify(label + ends[c])) return undefined;
    any = true;
  }
  return any ? ends : undefined;
}

/**
 * A header's sub-label (一级事项, 全社会, 区县级、乡镇级): under a label of its own it is a stray from a
 * group the copy cut off (巫山 涉农补贴: 区县级、乡镇级 under 公开内容), still a header cell, not data.
 */
function isSubLabel(text: string): boolean {
  return classify(text) !== undefined || text.split(/[、，,/]/).every((part) => part !== '' && classify(part) === 'level');
}

/**
 * A row among the data that holds only header sub-labels (一级事项 | 二级事项 | 全社会 | 主动 | 县级): a
 * header row the copy left below the header, or repeated at a page break without its first row.
 */
function isLabelRow(grid: SheetGrid, merges: MergeMap, row: number): boolean {
  let labels = 0;
  for (let c = 1; c <= rowWidth(grid, row); c++) {
    // A cell merged down from above shows the row above's text, not this row's.
    if ((merges.rangeAt(row, c)?.top ?? row) !== row) continue;
    const text = cellText(grid, row, c).trim();
    if (!text) continue;
    // Most rows are items: their first cell (a 序号, a name) already says so.
    if (text.length > MAX_LABEL || !isSubLabel(text)) return false;
    labels++;
  }
  return labels >= 2;
}

/** The columns named by the header starting at `top`: one or two rows tall, and a row of label ends between. */
function headerShape(grid: SheetGrid, merges: MergeMap, firstRow: number, width: number): HeaderShape {
  const written: string[] = [];
  for (let c = 1; c <= width; c++) written[c] = merges.shownText(firstRow, c).trim();
  const ends = labelEnds(grid, merges, firstRow + 1, written, width);
  if (ends) for (let c = 1; c <= width; c++) written[c] = `${written[c]}${ends[c] ?? ''}`;
  const top = ends ? firstRow + 1 : firstRow;
  const tops = completedLabels(written);
  const isGroupLabel = (text: string) => GROUP_LABEL.test(normaliseLabel(text));
  const groupOf = (c: number): string | undefined => {
    const m = merges.rangeAt(firstRow, c);
    if (m) return m.right > m.left || isGroupLabel(tops[c]!) ? tops[c] || undefined : undefined;
    if (tops[c]) return isGroupLabel(tops[c]!) ? tops[c] : undefined;
    // Unmerged copies (CSV) write a group label once, over blank cells to its right.
    for (let k = c - 1; k >= 1 && !merges.rangeAt(firstRow, k); k--) if (tops[k]) return isGroupLabel(tops[k]!) ? tops[k] : undefined;
    return undefined;
  };
  const ownBelow = (c: number): string => {
    const m = merges.rangeAt(top + 1, c);
    if (m && m.top <= top) return '';
    return cellText(grid, top + 1, c).trim();
  };
  // A remark in brackets under a label of its own ((要素) under 公开内容), beside the groups' sub-labels: the label's end.
  const remarkBelow = (c: number): string => {
    const below = ownBelow(c);
    return tops[c] && !groupOf(c) && REMARK.test(below) && classify(tops[c]! + below) ? below : '';
  };
  // A label under a blank top cell: the copy lost the group label above it (一级事项 under a blank 公开事项, 扶贫 西丰乡).
  const labelUnderBlank = (c: number, below: string) => !tops[c] && classify(below) !== undefined;
  let twoRows = false;
  for (let c = 1; c <= width; c++) {
    const below = ownBelow(c);
    if (!below || remarkBelow(c)) continue;
    if ((!groupOf(c) && !labelUnderBlank(c, below) && !isSubLabel(below)) || below.length > MAX_LABEL) {
      twoRows = false;
      break;
    }
    twoRows = true;
  }
  // A column of the same group further right with a label of its own.
  const labelledAfter = (c: number, group: string): boolean => {
    for (let k = c + 1; k <= width && groupOf(k) === group; k++) if (tops[k] || ownBelow(k)) return true;
    return false;
  };
  const used = new Set<string>();
  const exact = exactColumns(tops, used);
  const columns: TableColumn[] = [];
  for (let c = 1; c <= width; c++) {
    const group = twoRows ? groupOf(c) : undefined;
    const below = twoRows ? ownBelow(c) : '';
    const exactKind = exact.get(c);
    if (exactKind) {
      columns.push({ col: c, role: { kind: exactKind }, header: tops[c]!, labelRow: firstRow });
    } else if (group && below) {
      columns.push({ col: c, role: leafRole(group, below, used), header: `${group}/${below}`, labelRow: top + 1 });
    } else if (group && !tops[c] && !labelledAfter(c, group) && nextItemLevel(group, used)) {
      // The last column of 公开事项, with no sub-label of its own after its labelled ones: the next item level.
      const kind = nextItemLevel(group, used)!;
      used.add(kind);
      columns.push({ col: c, role: { kind }, header: group, labelRow: firstRow });
    } else if (below && labelUnderBlank(c, below)) {
      columns.push({ col: c, role: leafRole(undefined, below, used), header: below, labelRow: top + 1 });
    } else if (tops[c]) {
      const label = tops[c]! + (twoRows ? remarkBelow(c) : '');
      columns.push({ col: c, role: leafRole(undefined, label, used), header: label, labelRow: firstRow });
    } else {
      columns.push({ col: c, role: { kind: 'note', name: `${columnLetters(c)}列` }, header: '', labelRow: firstRow });
    }
  }
  return { columns, bottom: twoRows ? top + 1 : top };
}

function isBlank(grid: SheetGrid, row: number): boolean {
  return (grid.rows[row - 1] ?? []).every((t) => !t.trim());
}

/** A title line: one text (often merged across the table) naming a 目录/领域/标准. */
function isTitleRow(grid: SheetGrid, row: number): boolean {
  const texts = (grid.rows[row - 1] ?? []).map((t) => t.trim()).filter(Boolean);
  return new Set(texts).size === 1 && /目录|领域|标准|清单|一览/.test(texts[0]!);
}

function rowsText(grid: SheetGrid, from: number, to: number): string {
  const texts: string[] = [];
  for (let r = from; r <= to; r++) for (const t of grid.rows[r - 1] ?? []) if (t.trim() && !texts.includes(t.trim())) texts.push(t.trim());
  return texts.join(' ');
}

/** The text of rows `from`–`to`, cell by cell: two headers written alike have the same key. */
function rowsKey(grid: SheetGrid, from: number, to: number): string {
  const rows: string[] = [];
  for (let r = from; r <= to; r++) rows.push((grid.rows[r - 1] ?? []).map((t) => normaliseLabel(t)).join('\u0001'));
  return rows.join('\u0002');
}

/** The running number 1, 2, 3 … of a first column with no header of its own (永川 五间 A2): the column is 序号. */
function withUnlabelledSeq(grid: SheetGrid, columns: TableColumn[], firstRow: number, lastRow: number): TableColumn[] {
  const first = columns[0];
  if (!first || first.col !== 1 || first.header || columns.some((c) => c.role.kind === 'seq')) return columns;
  const numbers: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const text = cellText(grid, r, 1).trim();
    if (!text) continue;
    if (!/^\d+$/.test(text)) return columns;
    numbers.push(Number(text));
  }
  const running = numbers.length > 0 && numbers.every((n, i) => n === i + 1);
  return running ? [{ ...first, role: { kind: 'seq' } }, ...columns.slice(1)] : columns;
}

/**
 * A single 公开方式 column in a table with no 公开渠道 column, holding channel names (政府网站;微信公众号、
 * 公示栏等, 苏尼特左旗 生态环境): the 方式 of publishing it names is the channel.
 */
function withChannelsAsMode(grid: SheetGrid, columns: TableColumn[], firstRow: number, lastRow: number): TableColumn[] {
  if (columns.some((c) => c.role.kind === 'channels')) return columns;
  const at = columns.findIndex((c) => c.role.kind === 'mode');
  if (at < 0) return columns;
  const texts: string[] = [];
  for (let r = firstRow; r <= lastRow; r++) texts.push(cellText(grid, r, columns[at]!.col).trim());
  const filled = texts.filter(Boolean);
  const named = filled.filter((t) => readChannels(t).channels.some((c) => typeof c === 'string' && isKnownChannel(c)));
  if (!filled.length || named.length < filled.length) return columns;
  return columns.map((c, i) => (i === at ? { ...c, role: { kind: 'channels' } } : c));
}

/**
 * The 公开渠道和载体 block split over two columns under one header (新平 安全生产: ■政府网站 … | □政府公报 …,
 * the template's two options a line set as two cells): the blank-headed column right of it whose every
 * filled cell starts with a box is the channels' second half.
 */
function withSplitChannels(grid: SheetGrid, columns: TableColumn[], firstRow: number, lastRow: number): TableColumn[] {
  const at = columns.findIndex((c) => c.role.kind === 'channels');
  const next = columns[at + 1];
  if (at < 0 || !next || next.header || next.role.kind !== 'note' || next.col !== columns[at]!.col + 1) return columns;
  const filled: string[] = [];
  for (let r = firstRow; r <= lastRow; r++) filled.push(cellText(grid, r, next.col).trim());
  // Each filled cell a box with an option's name after it: a column of bare √ is marks, not options.
  const isOptions = (t: string) => BOX_GLYPHS.includes(t[0]!) && /\p{Script=Han}{2}/u.test(t);
  if (!filled.some(Boolean) || !filled.every((t) => !t || isOptions(t))) return columns;
  return columns.map((c, i) => (i === at + 1 ? { ...c, role: { kind: 'channels' }, header: columns[at]!.header } : c));
}

/** The data of a column, its blank cells left out: undefined when any is not a whole number. */
function numbersIn(grid: SheetGrid, col: number, firstRow: number, lastRow: number): number[] | undefined {
  const numbers: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const text = cellText(grid, r, col).trim();
    if (text && !/^\d+$/.test(text)) return undefined;
    if (text) numbers.push(Number(text));
  }
  return numbers;
}

const ITEM_LEVELS: ReadonlySet<string> = new Set(['l1', 'l2', 'l3']);

/**
 * An item level whose label spans its own number column and its name (I级公开事项 over 1 | 基础信息,
 * 苏尼特左旗 生态环境): the label's column holds only numbers, the blank-headed one after it the names.
 */
function withNumberedLevels(grid: SheetGrid, columns: TableColumn[], firstRow: number, lastRow: number): TableColumn[] {
  const out = [...columns];
  out.forEach((c, i) => {
    const next = out[i + 1];
    if (!ITEM_LEVELS.has(c.role.kind) || !next || next.header || next.role.kind !== 'note') return;
    if (!numbersIn(grid, c.col, firstRow, lastRow)?.length || numbersIn(grid, next.col, firstRow, lastRow)) return;
    out[i + 1] = { ...next, role: c.role, header: c.header };
    out[i] = { ...c, role: { kind: 'seq' } };
  });
  // A blank-headed column of numbers among them (the content's own number) numbers the rows too.
  const last = out.reduce((at, c, i) => (ITEM_LEVELS.has(c.role.kind) ? i : at), -1);
  return out.map((c, i) =>
    i === last + 1 && !c.header && c.role.kind === 'note' && numbersIn(grid, c.col, firstRow, lastRow)?.length
      ? { ...c, role: { kind: 'seq' } }
      : c,
  );
}

/**
 * The columns as their data show them: a headerless 序号, numbered item levels, channels under 公开方式,
 * the channel block in two columns.
 */
function dataShapedColumns(grid: SheetGrid, columns: TableColumn[], firstRow: number, lastRow: number): TableColumn[] {
  const steps = [withUnlabelledSeq, withNumberedLevels, withChannelsAsMode, withSplitChannels];
  return steps.reduce((cols, step) => step(grid, cols, firstRow, lastRow), columns);
}

export function findTables(grid: SheetGrid): Table[] {
  const merges = new MergeMap(grid);
  const width = largest(grid.rows.map((r) => r.length));
  const headers: { top: number; shape: HeaderShape; repeated: Set<number> }[] = [];
  for (let r = 1; r <= grid.rows.length; r++) {
    if (headerScore(grid, merges, r) < 3) continue;
    const shape = headerShape(grid, merges, r, width);
    const last = headers.at(-1);
    // The header written again right after data rows (a page break of the copied PDF) continues the table.
    if (
      last &&
      !isBlank(grid, r - 1) &&
      !isTitleRow(grid, r - 1) &&
      r - 1 > last.shape.bottom &&
      rowsKey(grid, r, shape.bottom) === rowsKey(grid, last.top, last.shape.bottom)
    ) {
      for (let k = r; k <= shape.bottom; k++) last.repeated.add(k);
    } else headers.push({ top: r, shape, repeated: new Set() });
    r = shape.bottom;
  }
  const tables: Table[] = [];
  let preambleStart = 1;
  headers.forEach(({ top, shape, repeated }, i) => {
    const next = headers[i + 1];
    let end = next ? next.top - 1 : grid.rows.length;
    // The next table's title and the blank lines before it are not rows of this table.
    if (next) while (end > shape.bottom && (isBlank(grid, end) || isTitleRow(grid, end))) end--;
    const nextPreamble = end + 1;
    while (end > shape.bottom && isBlank(grid, end)) end--;
    for (let r = shape.bottom + 1; r <= end; r++) if (isLabelRow(grid, merges, r)) repeated.add(r);
    tables.push({
      sheet: grid,
      merges,
      title: rowsText(grid, preambleStart, top - 1),
      headerTop: top,
      headerBottom: shape.bottom,
      firstRow: shape.bottom + 1,
      lastRow: end,
      columns: dataShapedColumns(grid, shape.columns, shape.bottom + 1, end),
      ...(repeated.size ? { repeatedHeaders: repeated } : {}),
    });
    preambleStart = nextPreamble;
  });
  return tables;
}
