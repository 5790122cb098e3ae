// Params of fragments/table: a domain's table exactly as the workbook and the Word document draw it
// (src/model/table-layout.ts): the two-row header, 一级事项 merged down over its run (l1Runs) or
// across the 二级事项 column, √ in the mark columns, multi-line cells line by line. For pasting into
// a site platform's article editor, where no stylesheet reaches, so nothing here depends on a class.
import type { ChannelPresentation, PublishedDomain, PublishedItem } from '../../../model/compendium.js';
import { headerCells, l1Runs, l1Span, tableColumns, type TableColumn } from '../../../model/table-layout.js';

export interface OfficialHeadCellView {
  text: string;
  colspan: number | null;
  rowspan: number | null;
}

export interface OfficialCellView {
  lines: string[];
  colspan: number | null;
  rowspan: number | null;
  /** A header cell's scope: the row's most specific name (row), a run's merged 一级事项 (rowgroup); null for data. */
  scope: 'row' | 'rowgroup' | null;
  center: boolean;
}

export interface OfficialTableView {
  title: string;
  /** The two header rows. */
  head: OfficialHeadCellView[][];
  /** One per run of one 一级事项, each a row group. */
  runs: { rows: { cells: OfficialCellView[] }[] }[];
}

/** The two header rows (headerCells): an ungrouped label over both rows, a group over its columns. */
function headRows(columns: readonly TableColumn[]): OfficialHeadCellView[][] {
  const [first, second] = headerCells(columns);
  return [
    first.map((h) => (h.rows === 2 ? { text: h.text, colspan: null, rowspan: 2 } : { text: h.text, colspan: h.columns, rowspan: null })),
    second.map((h) => ({ text: h.text, colspan: null, rowspan: null })),
  ];
}

const NAME_KEYS = ['l1', 'l2', 'l3'];

/** The column of the item's most specific name, which heads its row. */
function headerColumn(item: PublishedItem, columns: readonly TableColumn[]): number {
  let header = -1;
  columns.forEach((c, k) => {
    if (NAME_KEYS.includes(c.key) && c.lines(item).some((l) => l !== '')) header = k;
  });
  return header;
}

/** An item's cells; `run` is its run's length when it is the first of it, 0 for a later one. */
function itemCells(item: PublishedItem, columns: readonly TableColumn[], l1Cover: number, run: number): OfficialCellView[] {
  const l1 = columns.findIndex((c) => c.key === 'l1');
  const header = headerColumn(item, columns);
  const cells: OfficialCellView[] = [];
  columns.forEach((c, k) => {
    if (k > l1 && k < l1 + l1Cover) return;
    const lines = c.lines(item).every((l) => l === '') ? [] : c.lines(item);
    const cell = { lines, colspan: null, rowspan: null, scope: k === header ? ('row' as const) : null, center: c.align === 'center' };
    if (k !== l1) cells.push(cell);
    else if (run > 1) cells.push({ ...cell, rowspan: run, scope: 'rowgroup' });
    else if (run === 1) cells.push({ ...cell, colspan: l1Cover > 1 ? l1Cover : null });
  });
  return cells;
}

export function officialTable(title: string, domain: PublishedDomain, channels: ChannelPresentation): OfficialTableView {
  const columns = tableColumns(domain.columns, channels).filter((c) => !c.hidden);
  return {
    title,
    head: headRows(columns),
    runs: l1Runs(domain.items).map((run) => ({
      rows: domain.items.slice(run.start, run.start + run.length).map((item, k) => ({
        cells: itemCells(item, columns, l1Span(item, domain.columns), k === 0 ? run.length : 0),
      })),
    })),
  };
}
