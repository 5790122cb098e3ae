// The 更新记录 of a document built with `gkml build --previous`: the official change list (序号、
// 领域、事项、变更内容、变更前、变更后) drawn as the domain tables are, its header row repeated on
// every page and no row split across two.
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { changeColumns, changeRows } from '../../diff/change-list.js';
import { CHANGES } from '../../i18n/catalogue/changes.js';
import { say } from '../../i18n/messages.js';
import type { DiffReport } from '../../model/changes.js';
import type { Compendium } from '../../model/compendium.js';

/** Relative widths of the columns; 序号, 领域 and 变更内容 are centred, as the domain tables centre their short columns. */
const WEIGHTS = [1, 2.5, 5, 3, 8, 8];
const CENTRED = new Set([0, 1, 3]);

/** A cell: `style` as the domain tables name theirs (TableHeader, TableCentre, or the body text). */
function cell(text: string, style: string | undefined, middle: boolean, columnSpan = 1): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    ...(middle ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    ...(columnSpan > 1 ? { columnSpan } : {}),
    children: lines.map((line) => new Paragraph({ ...(style ? { style } : {}), text: line })),
  });
}

export function changesTable(changes: DiffReport, c: Compendium, width: number): Table {
  const sum = WEIGHTS.reduce((a, b) => a + b, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: changeColumns().map((label) => cell(label, 'TableHeader', true)),
  });
  const rows = changeRows(changes, c).map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        children: [String(i + 1), r.domain, r.item, r.change, r.before, r.after].map((text, k) =>
          cell(text, CENTRED.has(k) ? 'TableCentre' : undefined, k === 0),
        ),
      }),
  );
  const none = new TableRow({ cantSplit: true, children: [cell(say('zh', CHANGES.none), 'TableCentre', true, WEIGHTS.length)] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: WEIGHTS.map((w) => Math.floor((w * width) / sum)),
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    rows: [header, ...(rows.length ? rows : [none])],
  });
}
