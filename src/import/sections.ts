// Several domains under one header, as county directories often lay them out: a heading row
// (「一、户籍管理」, 「户籍管理领域」, 「（二）社会救助」) before the rows of each. The table is cut at
// each heading, and each part is read as a table of its own titled by its heading, so its rows
// are checked as the domain the heading names. A table without such rows is one part.
import { headingDomain } from './domain.js';
import type { Table } from './header.js';
import { NOTE_LINE } from './rows.js';

/** The one text of a row (merged across or typed in one cell), or undefined when it holds more. */
function onlyText(table: Table, row: number): string | undefined {
  const texts = new Set((table.sheet.rows[row - 1] ?? []).map((t) => t.trim()).filter(Boolean));
  return texts.size === 1 ? [...texts][0] : undefined;
}

function isHeading(table: Table, row: number): boolean {
  const text = onlyText(table, row);
  return text !== undefined && !NOTE_LINE.test(text) && headingDomain(text) !== undefined;
}

const isBlank = (table: Table, row: number) => (table.sheet.rows[row - 1] ?? []).every((t) => !t.trim());

export function splitAtHeadings(table: Table): Table[] {
  const headings: number[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) if (isHeading(table, r)) headings.push(r);
  if (headings.length === 0) return [table];
  const parts: Table[] = [];
  const part = (title: string, first: number, next: number) => {
    let last = next - 1;
    // Blank lines before the next heading are layout, not rows of this part.
    while (last >= first && isBlank(table, last)) last--;
    return { ...table, title, firstRow: first, lastRow: last };
  };
  const before = part(table.title, table.firstRow, headings[0]!);
  // Rows above the first heading (rarely any) stay the table's, under its own title.
  if (before.lastRow >= before.firstRow) parts.push(before);
  headings.forEach((row, i) => parts.push(part(onlyText(table, row)!, row + 1, headings[i + 1] ?? table.lastRow + 1)));
  return parts;
}
