// Same workspace, same bytes: exceljs's zip writer stamps every entry with the current time, so the
// archive is rewritten with fflate — entries in code-point order ([Content_Types].xml first), one
// fixed timestamp, one compression level. Entries pass one at a time, so the rewrite holds the
// old archive, one uncompressed entry and the new archive, never the whole workbook uncompressed.
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
  return names.sort((a, b) => (key(a) === CONTENT_TYPES ? -1 : key(b) === CONTENT_TYPES ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
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
