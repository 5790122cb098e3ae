// The columns of a domain sheet: the official table's columns (src/model/table-layout.ts), each
// with the width range the workbook keeps it in.
import type { ChannelPresentation, OptionalColumns, PublishedItem } from '../../model/compendium.js';
import { tableColumns, type TableColumn } from '../../model/table-layout.js';
import type { WidthRange } from './widths.js';

export interface SheetColumn extends TableColumn {
  width: WidthRange;
  /** The cell's value: the 序号 as a number, every other cell as text (lines joined by line breaks). */
  value(item: PublishedItem): string | number;
}

const MARK_WIDTH: WidthRange = { min: 7, max: 12 };

/** Width ranges by column key, in Excel's units (about one per half a Chinese character). */
const WIDTHS: Record<string, WidthRange> = {
  seq: { min: 6, max: 8 },
  l1: { min: 10, max: 18 },
  l2: { min: 10, max: 22 },
  l3: { min: 10, max: 22 },
  content: { min: 16, max: 36 },
  basis: { min: 16, max: 40 },
  timeframe: { min: 12, max: 22 },
  owner: { min: 10, max: 18 },
  channels: { min: 16, max: 36 },
  society: MARK_WIDTH,
  specific: { min: 8, max: 14 },
  active: MARK_WIDTH,
  onRequest: MARK_WIDTH,
  level: MARK_WIDTH,
  note: { min: 10, max: 20 },
  id: { min: 12, max: 24 },
};

export function domainColumns(optional: OptionalColumns, channels: ChannelPresentation): SheetColumn[] {
  return tableColumns(optional, channels).map((c) => ({
    ...c,
    width: WIDTHS[c.key]!,
    value: c.key === 'seq' ? (item) => item.seq : (item) => c.lines(item).join('\n'),
  }));
}
