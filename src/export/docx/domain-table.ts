// One domain's table in the official layout, as the workbook draws it: the two header rows repeated
// on every printed page, one row per item that never splits across pages, 一级事项 merged down over
// its run (or across 二级事项 for an item that has none), √ in the mark columns, multi-line cells
// (content, basis, channels) line by line.
import { CarriageReturn, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { ChannelPresentation, OptionalColumns, PublishedDomain, PublishedItem } from '../../model/compendium.js';
import { headerCells, l1Runs, l1Span, tableColumns, type TableColumn } from '../../model/table-layout.js';

/** Column widths in twips over `total`, the rounding left over given to the widest column. */
function columnWidths(columns: readonly TableColumn[], total: number): number[] {
  // Each printed column's relative width from the field registry (src/model/fields.ts).
  const weights = columns.map((c) => c.widths.docx ?? 8);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * total) / sum));
  const widest = weights.indexOf(Math.max(...weights));
  widths[widest]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

interface CellOptions {
  rowSpan?: number;
  columnSpan?: number;
  /** Keeps the row on the page of the next one (set on one paragraph, which holds the row). */
  keepNext?: boolean;
}

/** A cell's paragraph; the body text is the document's normal style, so most cells name no style. */
function paragraph(style: string | undefined, lines: readonly string[], keepNext: boolean): Paragraph {
  const options = { ...(style ? { style } : {}), ...(keepNext ? { keepNext } : {}) };
  if (lines.length <= 1) return new Paragraph({ ...options, text: lines[0] ?? '' });
  // One run with line breaks (w:cr) between the lines: a fraction of the XML of a paragraph or a run per line.
  return new Paragraph({
    ...options,
    children: [new TextRun({ children: lines.flatMap((text, k) => (k === 0 ? [text] : [new CarriageReturn(), text])) })],
  });
}

/**
 * Text reads from the top left, as Word's default; marks are centred across their column. Only the
 * cells that head rows — the header, 序号 and the merged 一级事项 — are centred down their height
 * too (each property costs the pack time and memory 10,000 times over). An empty cell (an unmarked
 * column, most of them) carries no property at all.
 */
function cell(
  style: string | undefined,
  lines: readonly string[],
  { keepNext = false, middle = false, ...span }: CellOptions & { middle?: boolean } = {},
): TableCell {
  const empty = lines.every((l) => l === '');
  return new TableCell({
    ...span,
    ...(middle && !empty ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    children: [paragraph(empty ? undefined : style, empty ? [] : lines, keepNext)],
  });
}

/** The two header rows (headerCells): an ungrouped label over both rows, a group over its columns. */
function headerRows(columns: readonly TableColumn[]): TableRow[] {
  const [top, leaves] = headerCells(columns);
  const first = top.map((h) =>
    cell('TableHeader', [h.text], { middle: true, ...(h.rows === 2 ? { rowSpan: 2 } : h.columns > 1 ? { columnSpan: h.columns } : {}) }),
  );
  const second = leaves.map((h) => cell('TableHeader', [h.text], { middle: true }));
  // Both rows carry w:tblHeader: Word repeats the leading run of header rows on every page.
  return [
    new TableRow({ tableHeader: true, cantSplit: true, children: first }),
    new TableRow({ tableHeader: true, cantSplit: true, children: second }),
  ];
}

function styleOf(c: TableColumn): string | undefined {
  if (c.key === 'channels') return 'TableChannels';
  return c.align === 'center' ? 'TableCentre' : undefined;
}

/** Runs of at most this many rows are kept together; a longer run may not fit a page at all. */
const KEEP_RUN = 4;

function itemRows(items: readonly PublishedItem[], columns: readonly TableColumn[], optional: OptionalColumns): TableRow[] {
  const l1 = columns.findIndex((c) => c.key === 'l1');
  const rows: TableRow[] = [];
  // A cell is written the same wherever it stands in its column (empty marks, √, a shared time limit
  // or channel block): one object serves every row that holds it.
  const shared = new Map<string, TableCell>();
  const sharedCell = (k: number, style: string | undefined, lines: readonly string[], options: CellOptions & { middle?: boolean }) => {
    const key = `${k}\u0000${options.keepNext ? 1 : 0}\u0000${lines.join('\u0000')}`;
    let found = shared.get(key);
    if (!found) shared.set(key, (found = cell(style, lines, options)));
    return found;
  };
  // Each item's run: where it begins and where it ends.
  const runOf = l1Runs(items).flatMap((r) => Array.from({ length: r.length }, () => r));
  items.forEach((item, i) => {
    const cells: TableCell[] = [];
    const runBegin = runOf[i]!.start;
    const runEnd = runBegin + runOf[i]!.length;
    // A short run is kept on one page, so its merged 一级事项 is not cut by a page break.
    const keepNext = i + 1 < runEnd && runEnd - runBegin <= KEEP_RUN;
    // An item with no 二级事项: its 一级事项 cell spans the 二级事项 column (w:gridSpan), which then has no cell of its own.
    const span = l1Span(item, optional);
    for (const [k, c] of columns.entries()) {
      const options = k === 0 ? { keepNext, middle: true } : {};
      if (k > l1 && k < l1 + span) continue;
      if (c.key !== 'l1') cells.push(sharedCell(k, styleOf(c), c.lines(item), options));
      // The first row of a run holds the merged cell; docx adds the continuing cells of the rows below.
      else if (i === runBegin) {
        const spans = { ...(runEnd - runBegin > 1 ? { rowSpan: runEnd - runBegin } : {}), ...(span > 1 ? { columnSpan: span } : {}) };
        cells.push(cell(styleOf(c), c.lines(item), { ...options, middle: true, ...spans }));
      }
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  });
  return rows;
}

export function domainTable(domain: PublishedDomain, channels: ChannelPresentation, width: number): Table {
  const columns = tableColumns(domain.columns, channels).filter((c) => !c.hidden);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: columnWidths(columns, width),
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    rows: [...headerRows(columns), ...itemRows(domain.items, columns, domain.columns)],
  });
}
