// Same workspace, same bytes, for the zip archives gkml writes (.xlsx, .docx). exceljs's zip writer
// stamps every entry with the current time and its own order, so a workbook is rewritten with
// fflate — entries in code-point order ([Content_Types].xml first), one fixed timestamp, one
// compression level — one entry at a time, never the whole workbook uncompressed. docx packs its
// entries in a fixed order, so only their times need setting, in place.
import { Zip, ZipDeflate, unzipSync } from 'fflate';

/** DOS timestamps cannot go below 1980 (a SOURCE_DATE_EPOCH of 0 is common in reproducible builds). */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * fflate writes an entry's time from the local-time fields of a Date; build one whose local fields
 * are the UTC fields of the timestamp, so the bytes do not depend on the machine's time zone.
 */
function zipTime(timestamp: Date): Date {
  const t = new Date(Math.max(timestamp.getTime(), DOS_EPOCH));
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

const CONTENT_TYPES = '[Content_Types].xml';

function entryNames(archive: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(archive, {
    filter: (f) => {
      if (!f.name.endsWith('/')) names.push(f.name);
      return false;
    },
  });
  const key = (n: string) => n.replace(/^\/+/, '');
  return names.sort((a, b) =>
    key(a) === CONTENT_TYPES ? -1 : key(b) === CONTENT_TYPES ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
}

export function normaliseZip(archive: Uint8Array, timestamp: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate's Zip with ZipDeflate entries runs synchronously: every chunk arrives before end() returns.
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  const mtime = zipTime(timestamp);
  for (const name of entryNames(archive)) {
    const data = unzipSync(archive, { filter: (f) => f.name === name })[name]!;
    const entry = new ZipDeflate(name.replace(/^\/+/, ''), { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

/** The DOS date and time of `timestamp`'s UTC fields (2-second resolution), as zip headers hold them. */
function dosDateTime(timestamp: Date): { date: number; time: number } {
  const t = new Date(Math.max(timestamp.getTime(), DOS_EPOCH));
  return {
    date: ((t.getUTCFullYear() - 1980) << 9) | ((t.getUTCMonth() + 1) << 5) | t.getUTCDate(),
    time: (t.getUTCHours() << 11) | (t.getUTCMinutes() << 5) | (t.getUTCSeconds() >> 1),
  };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Sets every entry's modification time to `timestamp`, in place: the cheap way to make an archive
 * that is otherwise deterministic (same entries, same order, same compression) the same bytes.
 */
export function restampZip(archive: Uint8Array, timestamp: Date): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = archive.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const { date, time } = dosDateTime(timestamp);
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('not a zip archive: broken central directory');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('not a zip archive: broken local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return archive;
}
