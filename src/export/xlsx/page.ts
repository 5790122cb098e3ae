// Print set-up shared by the sheets: the configured paper (`xlsx: {paper}`, A4 by default), the
// wide tables landscape and the contents sheet portrait, always one page wide and as many pages
// tall as needed (fit to width: renderers measure columns differently, so no fixed scale prints one
// page wide everywhere), header rows repeated on every page, header (and any leading label columns)
// frozen on screen, page numbers in the footer.
import type { AddWorksheetOptions, PageSetup } from 'exceljs';
import type { Paper } from '../../model/compendium.js';

/** OOXML paper size codes (exceljs's PaperSize enum lacks A3). */
const PAPER_SIZE: Record<Paper, PageSetup['paperSize']> = { A3: 8 as PageSetup['paperSize'], A4: 9 as PageSetup['paperSize'] };

export const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

const columnLetter = (n: number) => String.fromCharCode(64 + n);

export interface PrintLayout {
  paper: Paper;
  orientation: 'landscape' | 'portrait';
}

/** `frozenColumns`: columns kept in view when scrolling sideways (at most 25, single letters). */
export function sheetOptions(
  layout: PrintLayout,
  headerRows: { first: number; last: number },
  frozenColumns = 0,
): Partial<AddWorksheetOptions> {
  const topLeftCell = `${columnLetter(frozenColumns + 1)}${headerRows.last + 1}`;
  const pageSetup: Partial<PageSetup> = {
    paperSize: PAPER_SIZE[layout.paper],
    orientation: layout.orientation,
    // fitToHeight 0 = as many pages tall as the rows need.
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGINS,
    printTitlesRow: `${headerRows.first}:${headerRows.last}`,
  };
  return {
    pageSetup,
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: headerRows.last, topLeftCell, activeCell: topLeftCell }],
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  };
}
