// Cell styles of the workbook: 仿宋 for the body and 宋体 for titles and headers (the fonts of
// printed government tables), thin borders, wrapped text. Shared objects, so exceljs deduplicates
// them into a handful of entries in styles.xml.
import type { Alignment, Borders, Font, Style } from 'exceljs';

/** GB2312 charset: tells Excel which script the font is for when the name is not installed. */
const GB2312 = 134;

const BODY_FONT: Partial<Font> = { name: '仿宋', charset: GB2312, size: 10.5 };
const HEADER_FONT: Partial<Font> = { name: '宋体', charset: GB2312, size: 11, bold: true };
const TITLE_FONT: Partial<Font> = { name: '宋体', charset: GB2312, size: 18, bold: true };
const TOTAL_FONT: Partial<Font> = { ...BODY_FONT, bold: true };
const LINK_FONT: Partial<Font> = { ...BODY_FONT, color: { argb: 'FF0563C1' }, underline: true };

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const align = (horizontal: Alignment['horizontal']): Partial<Alignment> => ({ horizontal, vertical: 'middle', wrapText: true });

/** The shade of a cell still to be filled (待填写) in the fillable workbook. */
const UNFILLED_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF2CC' } };

export const STYLES = {
  title: { font: TITLE_FONT, alignment: align('center') } as Partial<Style>,
  subtitle: { font: BODY_FONT, alignment: align('right') } as Partial<Style>,
  header: { font: HEADER_FONT, alignment: align('center'), border: BORDER } as Partial<Style>,
  center: { font: BODY_FONT, alignment: align('center'), border: BORDER } as Partial<Style>,
  left: { font: BODY_FONT, alignment: align('left'), border: BORDER } as Partial<Style>,
  total: { font: TOTAL_FONT, alignment: align('center'), border: BORDER } as Partial<Style>,
  link: { font: LINK_FONT, alignment: align('left'), border: BORDER } as Partial<Style>,
  unfilled: { font: BODY_FONT, alignment: align('left'), border: BORDER, fill: UNFILLED_FILL } as Partial<Style>,
  unfilledCenter: { font: BODY_FONT, alignment: align('center'), border: BORDER, fill: UNFILLED_FILL } as Partial<Style>,
};
