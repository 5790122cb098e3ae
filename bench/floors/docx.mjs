// Floor (d): the docx library writing the same tables, one document per workspace, one plain table
// per directory file, one row per item with the same cell texts (lines as line breaks), and no
// layout work: no styles, fonts, sections, header rows, merges or widths.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CarriageReturn, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { load } from 'js-yaml';
import { directoryFiles } from './files.mjs';

const [out, ...roots] = process.argv.slice(2);
const text = (v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? Object.values(v).join('') : String(v ?? ''));
const cell = (lines) =>
  new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ children: [].concat(lines).flatMap((t, k) => (k ? [new CarriageReturn(), text(t)] : [text(t)])) })],
      }),
    ],
  });
const mark = (on) => cell(on ? '√' : '');

let n = 0;
for (const root of roots) {
  const tables = directoryFiles([root]).map((file) => {
    const data = load(readFileSync(file, 'utf8'));
    return new Table({
      rows: data.items.map(
        (item, i) =>
          new TableRow({
            children: [
              cell(String(i + 1)),
              cell(item.l1),
              cell(item.l2),
              cell(item.content),
              cell(item.basis),
              cell(item.timeframe),
              cell(item.owner),
              cell(item.channels),
              mark(item.audience === '全社会'),
              mark(item.audience !== '全社会'),
              mark(item.mode.includes('主动')),
              mark(item.mode.includes('依申请')),
              ...item.level.map(() => mark(true)),
            ],
          }),
      ),
    });
  });
  const doc = new Document({ sections: [{ children: tables }] });
  writeFileSync(join(out, `floor-${n++}.docx`), await Packer.toBuffer(doc));
}
