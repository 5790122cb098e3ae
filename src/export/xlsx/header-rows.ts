// The two header rows of a domain table, as the official layout draws them: a column without a
// group spans both rows; a group (公开事项, 公开对象 …) heads its columns in the first row.
import type { Worksheet } from 'exceljs';
import type { TableColumn } from '../../model/table-layout.js';
import { STYLES } from './styles.js';

export function writeHeaderRows(
  ws: Worksheet,
  columns: readonly TableColumn[],
  rows: { first: number; last: number; height: number },
): void {
  const top = ws.getRow(rows.first);
  const leaf = ws.getRow(rows.last);
  columns.forEach((c, i) => {
    const col = i + 1;
    top.getCell(col).style = STYLES.header;
    leaf.getCell(col).style = STYLES.header;
    if (!c.group) {
      top.getCell(col).value = c.label;
      ws.mergeCells(rows.first, col, rows.last, col);
      return;
    }
    leaf.getCell(col).value = c.label;
    if (columns[i - 1]?.group === c.group) return;
    top.getCell(col).value = c.group;
    let last = i;
    while (columns[last + 1]?.group === c.group) last++;
    if (last > i) ws.mergeCells(rows.first, col, rows.first, last + 1);
  });
  top.height = rows.height;
  leaf.height = rows.height;
  leaf.commit();
}
