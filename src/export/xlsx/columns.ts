// The columns of a domain sheet: the official table's columns (src/model/table-layout.ts), each
// with the width range the workbook keeps it in (src/model/fields.ts).
import type { ChannelPresentation, OptionalColumns, PublishedItem } from '../../model/compendium.js';
import { tableColumns, type TableColumn } from '../../model/table-layout.js';
import type { WidthRange } from './widths.js';

export interface SheetColumn extends TableColumn {
  width: WidthRange;
  /** The cell's value: the 序号 as a number, every other cell as text (lines joined by line breaks). */
  value(item: PublishedItem): string | number;
}

export function domainColumns(optional: OptionalColumns, channels: ChannelPresentation): SheetColumn[] {
  return tableColumns(optional, channels).map((c) => ({
    ...c,
    width: c.widths.xlsx,
    value: c.key === 'seq' ? (item) => item.seq : (item) => c.lines(item).join('\n'),
  }));
}
