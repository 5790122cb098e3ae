// Print set-up shared by the sheets: A3 landscape for the wide domain tables (A4 portrait for the
// contents sheet), one page wide and as many pages tall as needed, header rows repeated on every
// page, header (and any leading label columns) frozen on screen, page numbers in the footer. A
// domain sheet is printed at a fixed scale, as Excel ignores manual page breaks under fit-to-page.
import type { AddWorksheetOptions, PageSetup } from 'exceljs';

/** OOXML paper size codes (exceljs's PaperSize enum lacks A3). */
const A3 = 8 as PageSetup['paperSize'];
const A4 = 9 as PageSetup['paperSize'];

const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

const columnLetter = (n: number) => String.fromCharCode(64 + n);

/**
 * `frozenColumns`: columns kept in view when scrolling sideways (at most 25, single letters).
 * `scale`: a fixed print scale in per cent (src/export/xlsx/page-breaks.ts), else fit to one page wide.
 */
export function sheetOptions(
  paper: 'A3' | 'A4',
  headerRows: { first: number; last: number },
  frozenColumns = 0,
  scale?: number,
): Partial<AddWorksheetOptions> {
  const topLeftCell = `${columnLetter(frozenColumns + 1)}${headerRows.last + 1}`;
  const fit = scale === undefined ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale };
  const pageSetup: Partial<PageSetup> = {
    paperSize: paper === 'A3' ? A3 : A4,
    orientation: paper === 'A3' ? 'landscape' : 'portrait',
    // fitToHeight 0 = as many pages tall as the rows need.
    ...fit,
    margins: MARGINS,
    printTitlesRow: `${headerRows.first}:${headerRows.last}`,
  };
  return {
    pageSetup,
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: headerRows.last, topLeftCell, activeCell: topLeftCell }],
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  };
}
