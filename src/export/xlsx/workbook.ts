// One workbook file: exceljs's streaming writer (rows leave memory as they are committed) into an
// in-memory archive, re-zipped deterministically and written to its path. Each workbook is
// finished and released before the next begins, so a city's workbooks never share memory.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetSink } from './domain-sheet.js';
import { normaliseZip } from '../../util/zip.js';
import { writeFileAtomic } from '../../util/atomic-write.js';

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

export interface WorkbookProperties {
  title: string;
  publisher: string;
  /** The one date inside: workbook properties and zip entry times. */
  timestamp: Date;
}

/** Writes the workbook that `fill` adds sheets to (each sheet committed by `fill`) at `path`. */
export async function writeWorkbookFile(path: string, properties: WorkbookProperties, fill: (book: SheetSink) => void): Promise<void> {
  const sink = new ByteSink();
  // Quick compression here keeps the first archive small; normaliseZip recompresses it for good.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 1 } },
  });
  book.creator = properties.publisher;
  book.lastModifiedBy = properties.publisher;
  book.created = properties.timestamp;
  book.modified = properties.timestamp;
  book.title = properties.title;
  fill(book);
  await book.commit();
  // Whole or absent: `gkml init --xlsx` writes it straight into the workspace.
  writeFileAtomic(path, normaliseZip(sink.bytes(), properties.timestamp));
}
