// Cell styles of the workbook: 宋体 (SimSun) for the body and 黑体 (SimHei) for titles and headers,
// fonts every Chinese Windows, Excel and WPS has, thin borders, wrapped text. Shared objects, so
// exceljs deduplicates them into a handful of entries in styles.xml.
import type { Alignment, Borders, Font, Style } from 'exceljs';

/**
 * The fonts by their East Asian names, as Chinese Excel writes them: GB2312 charset and the modern
 * family tell Excel and WPS which script and kind of font it is when the name is not installed.
 */
const CJK = { charset: 134, family: 3 };

const BODY_FONT: Partial<Font> = { name: '宋体', ...CJK, size: 10.5 };
const HEADER_FONT: Partial<Font> = { name: '黑体', ...CJK, size: 11 };
const TITLE_FONT: Partial<Font> = { name: '黑体', ...CJK, size: 18 };
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
