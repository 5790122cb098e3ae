// The first sheet, 目录: every domain of the workbook with its item count and a link to its sheet, and 更新记录 when there is one.
import type { Worksheet } from 'exceljs';
import type { Compendium } from '../../model/compendium.js';
import { HEADER } from '../../model/fields.js';
import { directoryTitle, DRAFT_MARK } from '../../model/table-layout.js';
import type { SheetSink } from './domain-sheet.js';
import { sheetOptions } from './page.js';
import { STYLES } from './styles.js';

export const CONTENTS_SHEET = '目录';

const LABELS = { domain: '领域', count: '事项数', total: '合计' };

/** The title of a region's directory: the 目录 sheet's first row and the workbook's title property. */
export const workbookTitle = (compendium: Compendium) => directoryTitle(compendium.region, compendium.draft ? DRAFT_MARK : '');

interface HyperlinkList {
  _sheetRelsWriter?: { _hyperlinks?: { address: string; target: string }[] };
}

/**
 * A link to another sheet of the workbook (`<hyperlink location=…>`). exceljs's streaming writer
 * only writes links as external relationships, which LibreOffice opens as a link to another
 * copy of the file; its own list of the sheet's links takes an in-workbook location as is.
 */
function linkToSheet(ws: Worksheet, address: string, sheetName: string): void {
  const links = (ws as unknown as HyperlinkList)._sheetRelsWriter?._hyperlinks;
  if (!links) throw new Error('exceljs streaming writer without a hyperlink list: internal sheet links need updating');
  links.push({ address, target: `'${sheetName.replace(/'/g, "''")}'!A1` });
}

/**
 * The 目录 sheet: each domain with its item count, linked to its sheet, the total, and with
 * `--previous` the 更新记录 sheet (`changesSheet`) linked after them, as the document's 目录 lists it.
 */
export function writeContentsSheet(book: SheetSink, compendium: Compendium, sheetNames: readonly string[], changesSheet?: string): void {
  const ws = book.addWorksheet(
    CONTENTS_SHEET,
    sheetOptions({ paper: compendium.workbookPaper, orientation: 'portrait' }, { first: 3, last: 3 }),
  );
  ws.columns = [{ width: 8 }, { width: 40 }, { width: 12 }];

  const title = ws.getRow(1);
  title.getCell(1).value = workbookTitle(compendium);
  title.getCell(1).style = STYLES.title;
  title.height = 40;
  ws.mergeCells(1, 1, 1, 3);

  const info = ws.getRow(2);
  info.getCell(1).value = `${compendium.publisher}　版本 ${compendium.version}　${compendium.date}`;
  info.getCell(1).style = STYLES.subtitle;
  info.height = 22;
  ws.mergeCells(2, 1, 2, 3);

  const header = ws.getRow(3);
  [HEADER.seq, LABELS.domain, LABELS.count].forEach((label, i) => {
    header.getCell(i + 1).value = label;
    header.getCell(i + 1).style = STYLES.header;
  });
  header.height = 24;

  compendium.domains.forEach((domain, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = i + 1;
    row.getCell(1).style = STYLES.center;
    row.getCell(2).value = domain.name;
    linkToSheet(ws, `B${4 + i}`, sheetNames[i]!);
    row.getCell(2).style = STYLES.link;
    row.getCell(3).value = domain.items.length;
    row.getCell(3).style = STYLES.center;
    row.height = 22;
  });

  const total = ws.getRow(4 + compendium.domains.length);
  total.getCell(1).style = STYLES.center;
  total.getCell(2).value = LABELS.total;
  total.getCell(2).style = STYLES.center;
  // A number, not a SUM formula: the workbook carries no formulas at all.
  total.getCell(3).value = compendium.itemCount;
  total.getCell(3).style = STYLES.center;
  total.height = 22;
  if (changesSheet) {
    const at = 5 + compendium.domains.length;
    const changes = ws.getRow(at);
    changes.getCell(2).value = changesSheet;
    linkToSheet(ws, `B${at}`, changesSheet);
    changes.getCell(2).style = STYLES.link;
    changes.height = 22;
  }
  ws.commit();
}
