// Column widths and row heights from Chinese display width. Excel measures a column in widths of
// the digit 0; a CJK character (display width 2) takes about two of them, so display width is a
// good unit. Row heights are set explicitly because Excel does not grow wrapped rows on open.
import { displayWidth as width } from '../../util/width.js';

/** Display width of a line with ■ □ √ counted wide, as the CJK fonts of the workbook draw them. */
export function displayWidth(text: string): number {
  return width(text, { ambiguousAsWide: true });
}

/** Width of the widest line of a cell's text. */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

export interface WidthRange {
  min: number;
  max: number;
}

/** A column width fitting the widest text (plus cell padding), kept within the column's range. */
export function fitWidth(widest: number, range: WidthRange): number {
  return Math.min(range.max, Math.max(range.min, Math.ceil(widest) + 2));
}

/** How many lines a cell's text wraps to in a column of the given width. */
export function wrappedLines(text: string, width: number): number {
  // Wrapping breaks between characters before the edge: leave room for the cell's inner padding.
  const usable = Math.max(1, width - 1.5);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(line) / usable));
  return lines;
}

/** Points per line of 10.5 pt CJK text (CJK fonts set about 1.5 em per line), and the padding above and below. */
const LINE_HEIGHT = 16;
const ROW_PADDING = 6;

export function rowHeight(lines: number): number {
  return lines * LINE_HEIGHT + ROW_PADDING;
}
