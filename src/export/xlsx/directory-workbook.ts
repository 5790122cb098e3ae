// The workbook of one region's directory in the official layout: a 目录 sheet, then one sheet per
// domain (and with `--previous`, 更新记录). A county's whole build, and each region of a city or province.
import { printedChanges } from '../../diff/change-list.js';
import type { Compendium } from '../../model/compendium.js';
import { CHANGES_SHEET, writeChangesSheet } from './changes-sheet.js';
import { CONTENTS_SHEET, workbookTitle, writeContentsSheet } from './contents-sheet.js';
import { writeDomainSheet, type SheetSink } from './domain-sheet.js';
import { uniqueSheetNames } from './sheet-names.js';
import { writeWorkbookFile } from './workbook.js';

export interface DirectorySheetsOptions {
  /** Told each domain's name as its sheet is written. */
  progress(message: string): void;
  /** Names of sheets written before these (a summary sheet), which the domain sheets must not take. */
  reserved?: readonly string[];
}

export function writeDirectorySheets(book: SheetSink, compendium: Compendium, options: DirectorySheetsOptions): void {
  const changes = printedChanges(compendium);
  const sheetNames = uniqueSheetNames(
    compendium.domains.map((d) => d.name),
    [...(options.reserved ?? []), CONTENTS_SHEET, ...(changes ? [CHANGES_SHEET] : [])],
  );
  writeContentsSheet(book, compendium, sheetNames, changes ? CHANGES_SHEET : undefined);
  compendium.domains.forEach((domain, i) => {
    options.progress(domain.name);
    writeDomainSheet(book, sheetNames[i]!, domain, {
      region: compendium.region,
      channels: compendium.channels,
      draft: compendium.draft,
      paper: compendium.workbookPaper,
    });
  });
  // After the domains, as the Word document and the site put it: only with `gkml build --previous`.
  if (changes) writeChangesSheet(book, compendium, changes);
}

export async function writeDirectoryWorkbook(path: string, compendium: Compendium, options: DirectorySheetsOptions): Promise<void> {
  const properties = { title: workbookTitle(compendium), publisher: compendium.publisher, timestamp: compendium.timestamp };
  await writeWorkbookFile(path, properties, (book) => writeDirectorySheets(book, compendium, options));
}
