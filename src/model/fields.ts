// The one description of an item's fields and of the official table's columns (docs/reference/format.md §1):
// each field's name, titles, whether a `defaults` block may give it and whether a directory must fill it;
// each column's label, group, alignment, the header labels the importer reads as it, and its width in the
// workbook and the document. The importer's header map, the table of every exporter, the lint and import
// messages and the diff's field names read from here; the directory schema's titles must match (tests/model/fields.test.ts).
import { IMPORT } from '../i18n/catalogue/import.js';
import { defineMessages, type Message } from '../i18n/messages.js';

/** Each field's title: the official table's header (the schema's title) and its English (the schema's x-title-en). */
const TITLES = defineMessages({
  id: { zh: '事项编号', en: 'item id' },
  l1: { zh: '一级事项', en: 'level-1 item' },
  l2: { zh: '二级事项', en: 'level-2 item' },
  l3: { zh: '三级事项', en: 'level-3 item' },
  content: { zh: '公开内容(要素)', en: 'content (elements)' },
  basis: { zh: '公开依据', en: 'legal basis' },
  timeframe: { zh: '公开时限', en: 'time limit' },
  owner: { zh: '公开主体', en: 'publishing body' },
  channels: { zh: '公开渠道和载体', en: 'channels' },
  audience: { zh: '公开对象', en: 'audience' },
  mode: { zh: '公开方式', en: 'disclosure mode' },
  level: { zh: '公开层级', en: 'disclosure level' },
  notes: { zh: '备注', en: 'notes' },
});

export interface FieldSpec {
  name: string;
  title: Message;
  /** A column of the official layout (the id and the notes are gkml's own). */
  official?: true;
  /** A `defaults` block (a file's or the workspace's) may give it. */
  defaultable?: true;
  /** A county directory must fill it (l2 only where the item has a 二级事项): null is 待填写. */
  filled?: true;
  /** It holds one line of text: a line break in it is a mistake, not a list (model/value-kinds.ts). */
  oneLine?: true;
  /** How the importer names it when a table has no column for it. */
  missing?: Message;
  /** One column holding the whole field as words (公开对象: 全社会), as some tables write it: the importer's kind and header. */
  words?: { kind: string; header: RegExp; exact?: RegExp };
}

/** The item fields in the order a directory file writes them. */
export const FIELDS = [
  { name: 'id', title: TITLES.id },
  { name: 'l1', title: TITLES.l1, official: true, oneLine: true },
  { name: 'l2', title: TITLES.l2, official: true, filled: true, oneLine: true },
  { name: 'l3', title: TITLES.l3, official: true, oneLine: true },
  { name: 'content', title: TITLES.content, official: true, defaultable: true, filled: true, missing: IMPORT.content },
  { name: 'basis', title: TITLES.basis, official: true, defaultable: true, filled: true, missing: IMPORT.basis },
  { name: 'timeframe', title: TITLES.timeframe, official: true, defaultable: true, filled: true, oneLine: true, missing: IMPORT.timeframe },
  { name: 'owner', title: TITLES.owner, official: true, defaultable: true, filled: true, oneLine: true, missing: IMPORT.owner },
  { name: 'channels', title: TITLES.channels, official: true, defaultable: true, filled: true, missing: IMPORT.channels },
  {
    name: 'audience',
    title: TITLES.audience,
    official: true,
    defaultable: true,
    filled: true,
    missing: IMPORT.audience,
    words: { kind: 'audience', header: /^公开对象/ },
  },
  {
    name: 'mode',
    title: TITLES.mode,
    official: true,
    defaultable: true,
    filled: true,
    missing: IMPORT.mode,
    // 公开属性 names 主动/依申请 alone; a table that has it too uses 公开方式 for the form (全文发布).
    words: { kind: 'mode', header: /^公开方式/, exact: /^公开属性$/ },
  },
  { name: 'level', title: TITLES.level, official: true, defaultable: true, filled: true, words: { kind: 'levels', header: /^公开层级/ } },
  { name: 'notes', title: TITLES.notes, defaultable: true },
] as const satisfies readonly FieldSpec[];

type AnyField = (typeof FIELDS)[number];
export type FieldName = AnyField['name'];
export type OfficialField = Extract<AnyField, { official: true }>['name'];
export type DefaultableField = Extract<AnyField, { defaultable: true }>['name'];
export type FilledField = Extract<AnyField, { filled: true }>['name'];

const namesWhere = <N extends FieldName>(has: (f: FieldSpec) => boolean): readonly N[] =>
  (FIELDS as readonly FieldSpec[]).filter(has).map((f) => f.name as N);

/** The fields of the official layout, in table order: l1 … level. */
export const OFFICIAL_FIELDS = namesWhere<OfficialField>((f) => f.official === true);
/** The fields a `defaults` block may give: every field but the id and the names. */
export const DEFAULTABLE_FIELDS = namesWhere<DefaultableField>((f) => f.defaultable === true);
/** The fields an item must give (or have given by a default): what a draft shows as 待填写 while empty. */
export const FILLED_FIELDS = namesWhere<FilledField>((f) => f.filled === true);
/** The fields that hold one line of text, in table order: names, 公开时限, 公开主体. */
export const ONE_LINE_FIELDS: ReadonlySet<string> = new Set(namesWhere((f) => f.oneLine === true));
/** The fields two versions of an item are compared on: all but the id. */
export const COMPARED_FIELDS = namesWhere<Exclude<FieldName, 'id'>>((f) => f.name !== 'id');

/** The field named `name`, if it is one. */
export function fieldSpec(name: string): FieldSpec | undefined {
  return (FIELDS as readonly FieldSpec[]).find((f) => f.name === name);
}

/** The groups of the official header (its first row), by key. */
export const GROUP_LABELS = {
  items: '公开事项',
  audience: TITLES.audience.zh,
  mode: TITLES.mode.zh,
  level: TITLES.level.zh,
} as const;

/** A column width in the workbook, in Excel's units (about one per half a Chinese character). */
export interface XlsxWidth {
  min: number;
  max: number;
}

export interface ColumnSpec {
  /** Stable name of the column: seq, l1 … channels, society …, level, note, id. */
  key: string;
  /** Header label; the field's title when the column shows one field alone. A level or a note column is named by its data. */
  label?: string;
  /** The item field the column shows (its cell reads 待填写 while a draft leaves a filled field empty). */
  field?: FieldName;
  group?: keyof typeof GROUP_LABELS;
  align: 'center' | 'left';
  /** The item id, kept in a hidden column of the workbook so a round trip keeps ids; not printed. */
  hidden?: true;
  /** Header labels the importer reads as this column (compared after normaliseLabel), tried in column order. */
  headers?: readonly RegExp[];
  xlsxWidth: XlsxWidth;
  /** Relative width in the document (a hidden column has none): the text columns take the room, a mark column about two characters. */
  docxWeight?: number;
  /** The fillable workbook's input message on the header (Excel shows at most 255 characters). */
  prompt: string;
}

const MARK_WIDTH: XlsxWidth = { min: 7, max: 12 };

/** The columns of a domain's table in the official layout; l3, the level and the note columns only where the data has them. */
const COLUMN_LIST = [
  {
    key: 'seq',
    label: '序号',
    align: 'center',
    headers: [/^(序号|序|编号|顺序号)$/],
    xlsxWidth: { min: 6, max: 8 },
    docxWeight: 3.5,
    prompt: '可不填：发布时按顺序编号。',
  },
  {
    key: 'l1',
    field: 'l1',
    group: 'items',
    align: 'center',
    headers: [/^(一|I)级(公开)?(事项?|目录|栏目|指标)?$/, /^(公开事项(名称)?|事项名称)$/],
    xlsxWidth: { min: 10, max: 18 },
    docxWeight: 8,
    prompt: '必填。同一一级事项下的各行都写上它的名称。',
  },
  {
    key: 'l2',
    field: 'l2',
    group: 'items',
    align: 'left',
    headers: [/^(二|II)级(公开)?(事项?|目录|栏目|指标)?$/],
    xlsxWidth: { min: 10, max: 22 },
    docxWeight: 9,
    prompt: '写二级事项的名称，不要加序号。一级事项没有二级事项的，不要写“无”或“/”：把这一格与一级事项合并为一格。',
  },
  {
    key: 'l3',
    field: 'l3',
    group: 'items',
    align: 'left',
    headers: [/^(三|III)级(公开)?(事项?|目录|栏目|指标)?$/],
    xlsxWidth: { min: 10, max: 22 },
    docxWeight: 9,
    prompt: '有三级事项时填写。',
  },
  {
    key: 'content',
    field: 'content',
    align: 'left',
    headers: [/^公开(内容|要素)/],
    xlsxWidth: { min: 16, max: 36 },
    docxWeight: 18,
    prompt: '每行写一项要素（单元格内按 Alt+Enter 换行）。',
  },
  {
    key: 'basis',
    field: 'basis',
    align: 'left',
    headers: [/^(公开)?依据/],
    xlsxWidth: { min: 16, max: 40 },
    docxWeight: 17,
    prompt: '每行一个文件：写全称并加书名号，再写文号，如《中华人民共和国政府信息公开条例》(国务院令第711号)。',
  },
  {
    key: 'timeframe',
    field: 'timeframe',
    align: 'left',
    headers: [/^(公开)?时限/],
    xlsxWidth: { min: 12, max: 22 },
    docxWeight: 9.5,
    prompt: '如：信息形成或者变更之日起20个工作日内。',
  },
  {
    key: 'owner',
    field: 'owner',
    align: 'left',
    headers: [/^(公开|责任)主体/],
    xlsxWidth: { min: 10, max: 18 },
    docxWeight: 8.5,
    prompt: '写单位全称，如“某某县民政局”；几个单位之间用顿号“、”。',
  },
  {
    key: 'channels',
    field: 'channels',
    align: 'left',
    headers: [/^(公开)?(渠道|载体)/],
    xlsxWidth: { min: 16, max: 36 },
    // Wide enough for a line of the ■/□ block (two options) in 小五.
    docxWeight: 20,
    prompt: '每行写一个渠道，如 政府网站、政务服务中心；其他渠道写“其他：名称”。',
  },
  {
    key: 'society',
    label: '全社会',
    field: 'audience',
    group: 'audience',
    align: 'center',
    headers: [/^全社会/],
    xlsxWidth: MARK_WIDTH,
    docxWeight: 4.8,
    prompt: '面向全社会的，在此列选“√”。',
  },
  {
    key: 'specific',
    label: '特定群体',
    field: 'audience',
    group: 'audience',
    align: 'center',
    headers: [/^特定(群体|群众|对象|人群)/],
    xlsxWidth: { min: 8, max: 14 },
    docxWeight: 5.5,
    prompt: '面向特定群体的，选“√”，或直接写明是哪些人。',
  },
  {
    key: 'active',
    label: '主动',
    field: 'mode',
    group: 'mode',
    align: 'center',
    headers: [/^主动/],
    xlsxWidth: MARK_WIDTH,
    docxWeight: 4.8,
    prompt: '主动公开的，选“√”。主动、依申请可都选。',
  },
  {
    key: 'onRequest',
    label: '依申请',
    field: 'mode',
    group: 'mode',
    align: 'center',
    headers: [/^(依申请|申请)/],
    xlsxWidth: MARK_WIDTH,
    docxWeight: 4.8,
    prompt: '依申请公开的，选“√”。',
  },
  {
    key: 'level',
    field: 'level',
    group: 'level',
    align: 'center',
    xlsxWidth: MARK_WIDTH,
    docxWeight: 4.8,
    prompt: '由这一级政府公开的，在此列选“√”，可多选。',
  },
  { key: 'note', align: 'left', xlsxWidth: { min: 10, max: 20 }, docxWeight: 9, prompt: '需要说明的情况。' },
  {
    key: 'id',
    field: 'id',
    align: 'left',
    hidden: true,
    headers: [/^事项编号$/],
    xlsxWidth: { min: 12, max: 24 },
    prompt: 'gkml 用来把改动写回工作区：不要修改；新增的行留空。',
  },
] as const satisfies readonly ColumnSpec[];

export type ColumnKey = (typeof COLUMN_LIST)[number]['key'];
export const COLUMNS: readonly ColumnSpec[] = COLUMN_LIST;

/** The column keyed `key`. */
export function columnSpec(key: ColumnKey): ColumnSpec {
  return COLUMNS.find((c) => c.key === key)!;
}

/** A column's header label: its own, else its field's title (a level or a note column's is its data's). */
export function columnLabel(column: ColumnSpec): string {
  return column.label ?? (column.field ? fieldSpec(column.field)!.title.zh : '');
}

/** The title of what a column holds: its field's (公开对象 over 全社会), a note column's 备注, else its label (序号). */
export function columnTitle(column: ColumnSpec): string {
  if (column.key === 'note') return TITLES.notes.zh;
  return column.field ? fieldSpec(column.field)!.title.zh : columnLabel(column);
}

/**
 * The importer's kinds of column and the item field each fills: every column's key with a field,
 * and each field's one-column words form (公开对象, 公开方式, 公开层级 as text).
 */
export function importedField(kind: string): FieldName | undefined {
  const column = COLUMNS.find((c) => c.key === kind);
  if (column?.field) return column.field;
  return (FIELDS as readonly FieldSpec[]).find((f) => f.words?.kind === kind)?.name as FieldName | undefined;
}

/** The header labels the importer reads, in the order it tries them: each column's, then each field's words form. */
export function headerLabels(): [RegExp, string][] {
  return [
    ...COLUMNS.flatMap((c) => (c.headers ?? []).map((re): [RegExp, string] => [re, c.key])),
    ...(FIELDS as readonly FieldSpec[]).flatMap((f) => (f.words ? [[f.words.header, f.words.kind] as [RegExp, string]] : [])),
    ...exactHeaderLabels(),
  ];
}

/** The headers that name a words form more exactly than its usual header: a column so headed takes the field first. */
export function exactHeaderLabels(): [RegExp, string][] {
  return (FIELDS as readonly FieldSpec[]).flatMap((f) => (f.words?.exact ? [[f.words.exact, f.words.kind] as [RegExp, string]] : []));
}

/** The import kinds that fill `field`: its columns and its words form. */
export function importKindsOf(field: FieldName): string[] {
  const words = fieldSpec(field)?.words;
  return [...COLUMNS.filter((c) => c.field === field).map((c) => c.key), ...(words ? [words.kind] : [])];
}

/** The official header labels by column key (those with a label of their own) and by group: what the site's table heads read. */
export const HEADER = {
  ...(Object.fromEntries(COLUMNS.filter((c) => columnLabel(c)).map((c) => [c.key, columnLabel(c)])) as Record<
    Exclude<ColumnKey, 'note'>,
    string
  >),
  ...GROUP_LABELS,
} as const;
