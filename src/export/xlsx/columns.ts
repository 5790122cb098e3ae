// The columns of a domain sheet in the official layout (docs/reference/format.md §1): leaf label,
// the group it sits under in the two-row header, width range, alignment and how an item fills it.
// The optional columns are the domain's (src/model/table-layout.ts), as every exporter draws them.
import type { ChannelPresentation, OptionalColumns, PublishedItem } from '../../model/compendium.js';
import { HEADER, MARK } from '../../model/table-layout.js';
import { channelCell } from './channel-block.js';
import type { WidthRange } from './widths.js';

export interface SheetColumn {
  /** Leaf header label (row 3 under a group, else rows 2–3 merged). */
  label: string;
  /** Group label spanning several columns in row 2. */
  group?: string;
  width: WidthRange;
  align: 'center' | 'left';
  hidden?: boolean;
  value(item: PublishedItem): string | number;
}

const mark = (on: boolean) => (on ? MARK : '');
const lines = (values: readonly string[]) => values.join('\n');

const NARROW: WidthRange = { min: 6, max: 8 };
const MARK_WIDTH: WidthRange = { min: 7, max: 12 };

export function domainColumns(optional: OptionalColumns, channels: ChannelPresentation): SheetColumn[] {
  const columns: SheetColumn[] = [
    { label: HEADER.seq, width: NARROW, align: 'center', value: (i) => i.seq },
    { label: HEADER.l1, group: HEADER.items, width: { min: 10, max: 18 }, align: 'center', value: (i) => i.l1 },
    { label: HEADER.l2, group: HEADER.items, width: { min: 10, max: 22 }, align: 'left', value: (i) => i.l2 },
  ];
  if (optional.l3) columns.push({ label: HEADER.l3, group: HEADER.items, width: { min: 10, max: 22 }, align: 'left', value: (i) => i.l3 ?? '' });
  columns.push(
    { label: HEADER.content, width: { min: 16, max: 36 }, align: 'left', value: (i) => lines(i.content) },
    { label: HEADER.basis, width: { min: 16, max: 40 }, align: 'left', value: (i) => lines(i.basis) },
    { label: HEADER.timeframe, width: { min: 12, max: 22 }, align: 'left', value: (i) => i.timeframe },
    { label: HEADER.owner, width: { min: 10, max: 18 }, align: 'left', value: (i) => i.owner },
    { label: HEADER.channels, width: { min: 16, max: 36 }, align: 'left', value: (i) => channelCell(i, channels) },
    { label: HEADER.society, group: HEADER.audience, width: MARK_WIDTH, align: 'center', value: (i) => mark(i.audience.society) },
    // A named group is written instead of √, as the market-regulation template asks (特定群体(请写明)).
    { label: HEADER.specific, group: HEADER.audience, width: { min: 8, max: 14 }, align: 'center', value: (i) => i.audience.group ?? mark(i.audience.specific) },
    { label: HEADER.active, group: HEADER.mode, width: MARK_WIDTH, align: 'center', value: (i) => mark(i.mode.active) },
    { label: HEADER.onRequest, group: HEADER.mode, width: MARK_WIDTH, align: 'center', value: (i) => mark(i.mode.onRequest) },
    ...optional.levels.map((l): SheetColumn => ({ label: l, group: HEADER.level, width: MARK_WIDTH, align: 'center', value: (i) => mark(i.level.includes(l)) })),
    ...optional.notes.map((n): SheetColumn => ({ label: n, width: { min: 10, max: 20 }, align: 'left', value: (i) => i.notes[n] ?? '' })),
    { label: HEADER.id, width: { min: 12, max: 24 }, align: 'left', hidden: true, value: (i) => i.id },
  );
  return columns;
}
