// Floor (e): exceljs's streaming WorkbookReader reading a workbook, every cell's value touched and
// kept as text per row (what any reader must at least do), with shared strings, no merges applied.
import ExcelJS from 'exceljs';

const [file] = process.argv.slice(2);
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
});
const rows = [];
for await (const sheet of reader) {
  for await (const row of sheet) {
    const texts = [];
    row.eachCell((cell, c) => {
      const v = cell.value;
      texts[c - 1] =
        v === null || v === undefined
          ? ''
          : typeof v === 'object'
            ? v.richText
              ? v.richText.map((r) => r.text).join('')
              : String(v.result ?? v.text ?? v.error ?? '')
            : String(v);
    });
    rows.push(texts);
  }
}
console.log(rows.length);
