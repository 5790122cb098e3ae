// Where the printed pages of a domain sheet end. Excel and LibreOffice place page breaks wherever a
// page is full, which can cut a merged 一级事项 in two and leave rows whose 一级事项 prints blank. The
// sheet is printed one page wide; the scale that takes is estimated from the column widths (with
// room to spare), so the rows that fit on a page are known from the heights the writer sets: a run that fits on a page is moved whole to the next page when it
// would cross the end of one; a run longer than a page is cut where pages end, and its 一级事项 is
// written again at the top of the next page.

import type { Paper } from '../../model/compendium.js';

/** Landscape paper in points, with the sheet's margins (src/export/xlsx/page.ts) taken off. */
const PRINTABLE: Record<Paper, { width: number; height: number }> = {
  A3: { width: 1190.55 - 0.8 * 72, height: 841.89 - 1.2 * 72 },
  A4: { width: 841.89 - 0.8 * 72, height: 595.28 - 1.2 * 72 },
};

/** Renderers round widths and heights a little differently (LibreOffice draws columns about 2% wider): plan with room to spare. */
const SAFETY = 0.95;

/** An Excel column width (in widths of the digit 0 of an 11 pt default font, 7 px) in points. */
const columnPoints = (width: number) => (width * 7 + 5) * 0.75;

/** The print scale (per cent) that fits the visible columns on one landscape page width. */
export function printScale(paper: Paper, visibleWidths: readonly number[]): number {
  const width = visibleWidths.reduce((n, w) => n + columnPoints(w), 0);
  return Math.max(10, Math.min(100, Math.floor((100 * PRINTABLE[paper].width * SAFETY) / width)));
}

export interface PageRoom {
  /** Points of rows the first page holds, below the title and the header rows. */
  first: number;
  /** Points of rows every later page holds, below the repeated header rows. */
  rest: number;
}

export function pageRoom(paper: Paper, scale: number, titleHeight: number, headerHeight: number): PageRoom {
  const page = ((PRINTABLE[paper].height * 100) / scale) * SAFETY;
  return { first: page - titleHeight - headerHeight, rest: page - headerHeight };
}

/**
 * The item indexes after which a page ends, for rows of the given heights in runs of the given
 * lengths (consecutive items sharing a 一级事项).
 */
export function pageBreaks(heights: readonly number[], runs: readonly number[], room: PageRoom): number[] {
  const breaks: number[] = [];
  let left = room.first;
  let onPage = 0;
  const newPage = (after: number) => {
    breaks.push(after);
    left = room.rest;
    onPage = 0;
  };
  let start = 0;
  for (const length of runs) {
    const height = heights.slice(start, start + length).reduce((a, b) => a + b, 0);
    if (height > left && onPage > 0 && height <= room.rest) newPage(start - 1);
    if (height <= left) {
      left -= height;
      onPage += length;
    } else {
      // Longer than a page: row by row, a new page whenever the next row does not fit.
      for (let k = start; k < start + length; k++) {
        if (heights[k]! > left && onPage > 0) newPage(k - 1);
        left -= heights[k]!;
        onPage++;
      }
    }
    start += length;
  }
  return breaks;
}
