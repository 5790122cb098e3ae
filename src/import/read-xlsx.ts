// An .xlsx file as grids of cell text, read in one pass per part: the package is verified first
// (archive.ts), then the workbook's sheet list, relationships, date styles and shared strings, then
// each sheet streamed from the zip into a SheetGrid (sheet-xml.ts). Nothing recurses over rows and
// no part is held as one string, so a workbook of hundreds of thousands of rows is read in bounded
// memory. Cells are read as text, formulas by their cached result (never evaluated).
import { GkmlError } from '../core/errors.js';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { openXlsxArchive, type VerifiedArchive } from './archive.js';
import type { SheetGrid } from './grid.js';
import { SheetReader, type BookContext } from './sheet-xml.js';
import { attr, scanBytes, XmlScanner, type XmlEvents } from './xml-scan.js';

export { MERGE_LIMITS } from './sheet-xml.js';

function fail(file: string, reason: Text): never {
  throw new GkmlError(msg(IMPORT.cannotImport, { file, reason }));
}

/** Number formats Excel builds in that show a date or time (ids 14–22, 45–47). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code that shows a date or time: y, m, d, h, s outside quotes and [colour/locale] parts. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Calls `open` for every element of a small part (the workbook, its relationships, styles). */
function eachElement(bytes: Uint8Array | undefined, fail: (why: string) => never, open: XmlEvents['open']): void {
  if (bytes) scanBytes(bytes, { open, close: () => {}, text: () => {} }, fail);
}

/** A relationship's target as a path in the package: relative to `xl/`, or absolute from the root. */
function partPath(target: string): string {
  const parts: string[] = [];
  for (const seg of (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

interface BookParts {
  sheets: { name: string; part: string }[];
  date1904: boolean;
  styles: string;
  sharedStrings: string;
}

function bookParts(archive: VerifiedArchive, broken: (why: string) => never): BookParts {
  const rels = new Map<string, { type: string; target: string }>();
  eachElement(archive.read('xl/_rels/workbook.xml.rels'), broken, (tag, attrs) => {
    const id = attr(attrs, 'Id');
    if (tag === 'Relationship' && id) rels.set(id, { type: attr(attrs, 'Type') ?? '', target: attr(attrs, 'Target') ?? '' });
  });
  const byType = (suffix: string, fallback: string) => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(`/${suffix}`));
    return rel ? partPath(rel.target) : fallback;
  };
  const sheets: BookParts['sheets'] = [];
  let date1904 = false;
  eachElement(archive.read('xl/workbook.xml'), broken, (tag, attrs) => {
    if (tag === 'workbookPr') date1904 = attr(attrs, 'date1904') === '1' || attr(attrs, 'date1904') === 'true';
    if (tag !== 'sheet') return;
    const rel = rels.get(attr(attrs, 'id') ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (rel && !rel.type.endsWith('/worksheet')) return;
    if (!rel) broken(`no part for sheet ${attr(attrs, 'name') ?? ''}`);
    sheets.push({ name: attr(attrs, 'name') ?? '', part: partPath(rel.target) });
  });
  return { sheets, date1904, styles: byType('styles', 'xl/styles.xml'), sharedStrings: byType('sharedStrings', 'xl/sharedStrings.xml') };
}

/** The cell style indexes (cellXfs) whose number format shows a date. */
function dateStyles(bytes: Uint8Array | undefined, broken: (why: string) => never): Set<number> {
  const formats = new Map<number, string>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let xf = 0;
  const open: XmlEvents['open'] = (tag, attrs) => {
    if (tag === 'numFmt') formats.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
    else if (tag === 'cellXfs') inCellXfs = true;
    else if (tag === 'xf' && inCellXfs) {
      const id = Number(attr(attrs, 'numFmtId') ?? 0);
      const code = formats.get(id);
      if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) dates.add(xf);
      xf++;
    }
  };
  if (bytes) scanBytes(bytes, { open, close: (tag) => (inCellXfs = inCellXfs && tag !== 'cellXfs'), text: () => {} }, broken);
  return dates;
}

/** `_x000D_` and the like: how OOXML writes a control character in a shared string. */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** The shared strings, each the text of its runs (rich text joined, phonetic guides left out). */
function sharedStrings(archive: VerifiedArchive, part: string, broken: (why: string) => never): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  const scanner = new XmlScanner(
    {
      open(tag, _attrs, self) {
        if (tag === 'si') current = self ? (strings.push(''), undefined) : '';
        else if (tag === 'rPh') phonetic += self ? 0 : 1;
        else if (tag === 't') inT = !self && !phonetic && current !== undefined;
      },
      close(tag) {
        if (tag === 't') inT = false;
        else if (tag === 'rPh') phonetic = Math.max(0, phonetic - 1);
        else if (tag === 'si' && current !== undefined) {
          strings.push(current.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\r\n?/g, '\n'));
          current = undefined;
        }
      },
      text(text) {
        if (inT) current += text;
      },
    },
    broken,
  );
  const decoder = new TextDecoder();
  archive.stream(part, (chunk, final) => scanner.push(decoder.decode(chunk, { stream: !final }), final));
  return strings;
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  const archive = openXlsxArchive(bytes, file);
  const refuse = (reason: Text): never => fail(file, reason);
  const broken = (part: string) => (why: string) => refuse(msg(IMPORT.unreadableWorkbook, { detail: `${part}: ${why}` }));
  // Every entry is inflated once, within its declared size, whether or not a part names it.
  const parts = bookParts(archive, broken('xl/workbook.xml'));
  const book: BookContext = {
    sharedStrings: sharedStrings(archive, parts.sharedStrings, broken(parts.sharedStrings)),
    dateStyles: dateStyles(archive.read(parts.styles), broken(parts.styles)),
    date1904: parts.date1904,
    fail: refuse,
  };
  const grids: SheetGrid[] = [];
  for (const { name, part } of parts.sheets) {
    const reader = new SheetReader(name, part, book);
    const decoder = new TextDecoder();
    const found = archive.stream(part, (chunk, final) => reader.scanner.push(decoder.decode(chunk, { stream: !final }), final));
    if (!found) broken(part)('missing');
    grids.push(reader.grid());
  }
  archive.verifyRest();
  return grids;
}
