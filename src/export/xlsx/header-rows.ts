// The two header rows of a domain table in the workbook, as model/table-layout.ts headerCells lays
// them out: a column without a group spans both rows; a group heads its columns in the first row.
import type { Worksheet } from 'exceljs';
import { headerCells, type TableColumn } from '../../model/table-layout.js';
import { STYLES } from './styles.js';

export function writeHeaderRows(
  ws: Worksheet,
  columns: readonly TableColumn[],
  rows: { first: number; last: number; height: number },
): void {
  const top = ws.getRow(rows.first);
  const leaf = ws.getRow(rows.last);
  columns.forEach((_, i) => {
    top.getCell(i + 1).style = STYLES.header;
    leaf.getCell(i + 1).style = STYLES.header;
  });
  const [first, second] = headerCells(columns);
  for (const h of first) {
    const col = h.column + 1;
    top.getCell(col).value = h.text;
    if (h.rows === 2) ws.mergeCells(rows.first, col, rows.last, col);
    else if (h.columns > 1) ws.mergeCells(rows.first, col, rows.first, col + h.columns - 1);
  }
  for (const h of second) leaf.getCell(h.column + 1).value = h.text;
  top.height = rows.height;
  leaf.height = rows.height;
  leaf.commit();
}
