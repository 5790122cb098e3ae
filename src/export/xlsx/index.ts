// The xlsx build target: directory.xlsx, the whole workspace as one print-ready workbook in the
// official layout — a 目录 sheet, then one sheet per domain. Written with exceljs's streaming
// writer (rows leave memory as they are committed), then re-zipped deterministically.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TargetContext } from '../../build/target.js';
import type { ChannelLayout } from './channel-block.js';
import { CONTENTS_SHEET, writeContentsSheet } from './contents-sheet.js';
import { writeDomainSheet } from './domain-sheet.js';
import { normaliseZip } from './normalise-zip.js';
import { uniqueSheetNames } from './sheet-names.js';

export const XLSX_FILE = 'directory.xlsx';

/** Collects the writer's output: the compressed archive, a few MB even for 10,000 items. */
class ByteSink extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export async function writeXlsx(ctx: TargetContext): Promise<string[]> {
  const { compendium } = ctx;
  const channelLayout: ChannelLayout = ctx.workspace.config.xlsx?.channels ?? 'block';
  const sink = new ByteSink();
  // Quick compression here keeps the first archive small; normaliseZip recompresses it for good.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 1 } } });
  book.creator = compendium.publisher;
  book.lastModifiedBy = compendium.publisher;
  book.created = ctx.timestamp;
  book.modified = ctx.timestamp;
  book.title = `${compendium.region}基层政务公开标准目录`;

  const sheetNames = uniqueSheetNames(
    compendium.domains.map((d) => d.name),
    [CONTENTS_SHEET],
  );
  writeContentsSheet(book, compendium, sheetNames);
  compendium.domains.forEach((domain, i) => {
    ctx.progress(domain.name);
    writeDomainSheet(book, sheetNames[i]!, domain, { region: compendium.region, levelLabels: compendium.levelLabels, channelLayout });
  });
  await book.commit();
  writeFileSync(join(ctx.outDir, XLSX_FILE), normaliseZip(sink.bytes(), ctx.timestamp));
  return [XLSX_FILE];
}
