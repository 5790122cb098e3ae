// The summary a city's or province's own document opens with: each region, its domain and item
// counts, and the file its own document is in.
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { RegionSummary } from '../target-writer.js';
import { PORTRAIT_TEXT_WIDTH } from './layout.js';

const HEADER = ['序号', '地区', '领域数', '事项数', '分册文件'];
const WEIGHTS = [1, 3, 1.5, 1.5, 5];

function row(values: readonly string[], header = false): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: values.map(
      (text, i) =>
        new TableCell({
          verticalAlign: VerticalAlignTable.CENTER,
          children: [new Paragraph({ ...(header ? { style: 'TableHeader' } : i !== 4 ? { style: 'TableCentre' } : {}), text })],
        }),
    ),
  });
}

/** `fileOf` names a region's own document, relative to the parent's. */
export function regionSummaryTable(regions: readonly RegionSummary[], fileOf: (slug: string) => string): Table {
  const sum = WEIGHTS.reduce((a, b) => a + b, 0);
  const total = (pick: (r: RegionSummary) => number) => String(regions.reduce((n, r) => n + pick(r), 0));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: WEIGHTS.map((w) => Math.floor((w * PORTRAIT_TEXT_WIDTH) / sum)),
    rows: [
      row(HEADER, true),
      ...regions.map((r, i) => row([String(i + 1), r.name, String(r.domainCount), String(r.itemCount), fileOf(r.slug)])),
      row(['', '合计', total((r) => r.domainCount), total((r) => r.itemCount), '']),
    ],
  });
}
