// Opens an untrusted .xlsx safely. An xlsx is a zip: a hostile one can claim small sizes and
// inflate to gigabytes, or not be a zip at all. The central directory is read and the declared
// sizes checked against limits; an entry is inflated only when the reader asks for it, in small
// steps with its output counted, so nothing grows past what was declared, and handed over chunk
// by chunk, so a large sheet is never held inflated whole.
import { Inflate } from 'fflate';
import { GkmlError } from '../core/errors.js';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';

export const ARCHIVE_LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 64 * 1024 * 1024,
  entries: 10_000,
  /** Uncompressed size of all entries together (a 10,000-item workbook is about 30 MB). */
  totalBytes: 256 * 1024 * 1024,
};

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function fail(file: string, reason: Text): never {
  throw new GkmlError(msg(IMPORT.cannotImport, { file, reason }));
}

function centralDirectory(bytes: Uint8Array, file: string): Entry[] {
  const damaged = () => fail(file, msg(IMPORT.zipDirectoryDamaged));
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) damaged();
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count > ARCHIVE_LIMITS.entries) fail(file, msg(IMPORT.tooManyEntries, { count }));
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) damaged();
    const nameLength = u16(bytes, at + 28);
    const entry: Entry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

function checkDeclared(entries: readonly Entry[], file: string): void {
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1) fail(file, msg(IMPORT.encrypted));
    if (e.method !== 0 && e.method !== 8) fail(file, msg(IMPORT.compressionMethod, { method: e.method }));
    total += e.size;
  }
  if (total > ARCHIVE_LIMITS.totalBytes) {
    const mb = Math.round(total / 1024 / 1024);
    fail(file, msg(IMPORT.zipBomb, { size: mb }));
  }
}

type Chunks = (chunk: Uint8Array, final: boolean) => void;

const STEP = 64 * 1024;

/** Inflates one entry in 64 KB steps, refusing output beyond the declared size; each piece goes to `onChunk`. */
function inflateBounded(data: Uint8Array, entry: Entry, file: string, onChunk: Chunks): void {
  let written = 0;
  const bomb = () => fail(file, msg(IMPORT.entryBomb, { entry: entry.name }));
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) bomb();
    written += chunk.length;
    onChunk(chunk, false);
  });
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof GkmlError) throw err;
    fail(file, msg(IMPORT.entryDamaged, { entry: entry.name }));
  }
  if (written !== entry.size) fail(file, msg(IMPORT.entrySize, { entry: entry.name }));
  onChunk(new Uint8Array(0), true);
}

function streamEntry(bytes: Uint8Array, entry: Entry, file: string, onChunk: Chunks): void {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) fail(file, msg(IMPORT.entryHeader));
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) fail(file, msg(IMPORT.entryTruncated));
  const data = bytes.subarray(start, end);
  if (entry.method !== 0) return inflateBounded(data, entry, file, onChunk);
  if (data.length !== entry.size) fail(file, msg(IMPORT.entrySize, { entry: entry.name }));
  for (let i = 0; i < data.length; i += STEP) onChunk(data.subarray(i, i + STEP), false);
  onChunk(new Uint8Array(0), true);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL;
}

/** OLE compound file: legacy .xls, or an encrypted .xlsx (Office wraps those in OLE). */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1;
}

export interface VerifiedArchive {
  /** Names of the entries (folders left out). */
  names: ReadonlySet<string>;
  /** Inflates entry `name` piece by piece (false when there is no such entry). */
  stream(name: string, onChunk: Chunks): boolean;
  /** Entry `name` inflated whole: for the small parts (workbook, relationships, styles). */
  read(name: string): Uint8Array | undefined;
  /** Inflates (and drops) every entry not read yet, so a damaged or lying one is refused all the same. */
  verifyRest(): void;
}

/** Opens and verifies an xlsx package; throws a GkmlError (exit 2) with a clear reason otherwise. */
export function openXlsxArchive(bytes: Uint8Array, file: string): VerifiedArchive {
  if (bytes.length > ARCHIVE_LIMITS.fileBytes) {
    fail(file, msg(IMPORT.fileTooLarge, { size: Math.round(bytes.length / 1024 / 1024) }));
  }
  if (isCompoundFile(bytes)) {
    fail(file, msg(IMPORT.legacyOrEncrypted));
  }
  if (!isZip(bytes)) fail(file, msg(IMPORT.notZip));
  const list = centralDirectory(bytes, file);
  checkDeclared(list, file);
  const byName = new Map(list.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
  if (!byName.has('[Content_Types].xml') || !byName.has('xl/workbook.xml')) {
    fail(file, msg(IMPORT.noWorkbook));
  }
  const unread = new Set(byName.keys());
  const stream = (name: string, onChunk: Chunks) => {
    const entry = byName.get(name);
    unread.delete(name);
    if (entry) streamEntry(bytes, entry, file, onChunk);
    return entry !== undefined;
  };
  const read = (name: string) => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    const out = new Uint8Array(entry.size);
    let at = 0;
    stream(name, (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    });
    return out;
  };
  const verifyRest = () => {
    for (const name of [...unread]) stream(name, () => {});
  };
  return { names: new Set(byName.keys()), stream, read, verifyRest };
}
