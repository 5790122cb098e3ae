// One domain as a sheet of the fillable workbook (填报工作簿): the official columns and headers,
// one row per item with every cell its own (no merged 一级事项, so rows can be added, sorted and
// copied; an item with no 二级事项 has an empty, unshaded 二级事项 cell, which a merge back leaves so), a √ dropdown in the mark columns, an input message on each header saying what to
// write, 待填写 in shaded cells, channels one per line, and the hidden id that brings a row home.
import type { Worksheet } from 'exceljs';
import { channelNames } from '../../model/channel-cell.js';
import type { PublishedDomain, PublishedItem } from '../../model/compendium.js';
import { isUnfilled, MARK, UNFILLED } from '../../model/table-layout.js';
import { domainColumns, type SheetColumn } from './columns.js';
import type { SheetSink } from './domain-sheet.js';
import { writeHeaderRows } from './header-rows.js';
import { sheetOptions } from './page.js';
import { STYLES } from './styles.js';
import { fitWidth, rowHeight, textWidth, wrappedLines } from './widths.js';

const TITLE_ROW = 1;
const HEADER_FIRST = 2;
const HEADER_LAST = 3;
/** Rows below the items that keep the dropdowns and messages, for the items a clerk adds. */
export const SPARE_ROWS = 200;

/** What to write in each column: the input message of its header (Excel shows at most 255 characters). */
const PROMPTS: Readonly<Record<string, { title: string; prompt: string }>> = {
  seq: { title: '序号', prompt: '可不填：发布时按顺序编号。' },
  l1: { title: '一级事项', prompt: '必填。同一一级事项下的各行都写上它的名称。' },
  l2: {
    title: '二级事项',
    prompt: '写二级事项的名称，不要加序号。一级事项没有二级事项的，不要写“无”或“/”：把这一格与一级事项合并为一格。',
  },
  l3: { title: '三级事项', prompt: '有三级事项时填写。' },
  content: { title: '公开内容(要素)', prompt: '每行写一项要素（单元格内按 Alt+Enter 换行）。' },
  basis: { title: '公开依据', prompt: '每行一个文件：写全称并加书名号，再写文号，如《中华人民共和国政府信息公开条例》(国务院令第711号)。' },
  timeframe: { title: '公开时限', prompt: '如：信息形成或者变更之日起20个工作日内。' },
  owner: { title: '公开主体', prompt: '写单位全称，如“某某县民政局”；几个单位之间用顿号“、”。' },
  channels: { title: '公开渠道和载体', prompt: '每行写一个渠道，如 政府网站、政务服务中心；其他渠道写“其他：名称”。' },
  society: { title: '公开对象', prompt: '面向全社会的，在此列选“√”。' },
  specific: { title: '公开对象', prompt: '面向特定群体的，选“√”，或直接写明是哪些人。' },
  active: { title: '公开方式', prompt: '主动公开的，选“√”。主动、依申请可都选。' },
  onRequest: { title: '公开方式', prompt: '依申请公开的，选“√”。' },
  level: { title: '公开层级', prompt: '由这一级政府公开的，在此列选“√”，可多选。' },
  note: { title: '备注', prompt: '需要说明的情况。' },
  id: { title: '事项编号', prompt: 'gkml 用来把改动写回工作区：不要修改；新增的行留空。' },
};

/** Mark columns take a √ from a list; 特定群体 also takes the group's name, so a typed name is allowed with a notice. */
const MARK_COLUMNS = new Set(['society', 'specific', 'active', 'onRequest', 'level']);

interface Validations {
  add(range: string, validation: object): void;
}

/** exceljs's streaming sheets keep their validations here; its typings do not say so. */
const validationsOf = (ws: Worksheet) => (ws as unknown as { dataValidations: Validations }).dataValidations;

const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

function fillableColumns(domain: PublishedDomain): SheetColumn[] {
  // Channels as a clerk types them: the chosen ones, one per line, without check boxes.
  return domainColumns(domain.columns, 'checked').map((c) =>
    c.key === 'channels' ? { ...c, value: (item: PublishedItem) => (isUnfilled(c, item) ? UNFILLED : channelNames(item).join('\n')) } : c,
  );
}

/** The input message of each header: what to write in its column. */
function addPrompts(columns: readonly SheetColumn[], validations: Validations): void {
  columns.forEach((c, i) => {
    const prompt = PROMPTS[c.key];
    const letter = columnLetter(i + 1);
    if (prompt)
      validations.add(`${letter}${HEADER_FIRST}:${letter}${HEADER_LAST}`, {
        type: 'any',
        showInputMessage: true,
        promptTitle: prompt.title,
        prompt: prompt.prompt,
      });
  });
}

/** The dropdowns and messages of the data rows, spare rows included. */
function addValidations(columns: readonly SheetColumn[], validations: Validations, lastRow: number): void {
  columns.forEach((c, i) => {
    if (!MARK_COLUMNS.has(c.key)) return;
    const letter = columnLetter(i + 1);
    const prompt = PROMPTS[c.key]!;
    validations.add(`${letter}${HEADER_LAST + 1}:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${MARK}"`],
      showInputMessage: true,
      promptTitle: prompt.title,
      prompt: prompt.prompt,
      showErrorMessage: true,
      errorStyle: c.key === 'specific' ? 'information' : 'stop',
      errorTitle: prompt.title,
      error: c.key === 'specific' ? '已按文字写入：将作为特定群体的名称。' : `请选“${MARK}”或留空。`,
    });
  });
}

export function writeFillableSheet(book: SheetSink, sheetName: string, domain: PublishedDomain, title: string): void {
  const columns = fillableColumns(domain);
  const widths = columns.map((c) =>
    fitWidth(Math.max(textWidth(c.label), ...domain.items.map((item) => textWidth(String(c.value(item))))), c.width),
  );
  const ws = book.addWorksheet(
    sheetName,
    sheetOptions({ paper: 'A3', orientation: 'landscape' }, { first: HEADER_FIRST, last: HEADER_LAST }),
  );
  ws.columns = columns.map((c, i) => ({ width: widths[i], hidden: c.hidden ?? false }));
  const validations = validationsOf(ws);

  const titleRow = ws.getRow(TITLE_ROW);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).style = STYLES.title;
  titleRow.height = 40;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
  writeHeaderRows(ws, columns, { first: HEADER_FIRST, last: HEADER_LAST, height: 24 });
  addPrompts(columns, validations);

  domain.items.forEach((item, index) => {
    const row = ws.getRow(HEADER_LAST + 1 + index);
    let lines = 1;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = c.value(item);
      // Strings stay strings (shared-string cells): text such as "=1+1" is never a formula.
      cell.value = value;
      cell.style = isUnfilled(c, item)
        ? c.align === 'center'
          ? STYLES.unfilledCenter
          : STYLES.unfilled
        : c.align === 'center'
          ? STYLES.center
          : STYLES.left;
      if (!c.hidden && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, widths[i]!));
    });
    row.height = rowHeight(lines);
    row.commit();
  });
  // Spare rows keep the borders, so a clerk sees where the table goes on.
  const last = HEADER_LAST + domain.items.length + SPARE_ROWS;
  for (let r = HEADER_LAST + domain.items.length + 1; r <= last; r++) {
    const row = ws.getRow(r);
    columns.forEach((c, i) => (row.getCell(i + 1).style = c.align === 'center' ? STYLES.center : STYLES.left));
    row.commit();
  }
  addValidations(columns, validations, last);
  ws.commit();
}
