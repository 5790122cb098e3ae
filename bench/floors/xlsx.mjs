// Floor (b): exceljs' streaming writer writing the same rows, one sheet per file, no layout logic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { load } from 'js-yaml';
import { directoryFiles } from './files.mjs';

const [out, ...roots] = process.argv.slice(2);
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(out, 'floor.xlsx'), useSharedStrings: true, useStyles: true });
let n = 0;
for (const file of directoryFiles(roots)) {
  const data = load(readFileSync(file, 'utf8'));
  const ws = wb.addWorksheet(`s${n++}`);
  for (const item of data.items) {
    ws.addRow([
      item.id,
      item.l1,
      item.l2,
      [].concat(item.content).join('；'),
      item.basis.map(String).join('\n'),
      item.timeframe,
      item.owner,
      item.channels.map(String).join(' '),
      String(item.audience),
      item.mode.join(' '),
      item.level.join(' '),
    ]).commit();
  }
  ws.commit();
}
await wb.commit();
