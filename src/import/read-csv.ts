// A .csv file as one grid. Tables saved from Excel or WPS in China are often GBK: the text is
// decoded like directory files are (UTF-8, BOM, UTF-16 or GB18030). Fields follow RFC 4180
// (quotes, doubled quotes, line breaks inside quotes); the separator is a comma, or a tab or
// semicolon when the first line clearly uses that instead.
import { basename, extname } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import { decodeText } from '../workspace/decode.js';
import type { SheetGrid } from './grid.js';

export const CSV_MAX_BYTES = 64 * 1024 * 1024;

function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = [',', '\t', ';'].map((ch) => ({ ch, n: count(ch) }));
  return candidates.reduce((best, c) => (c.n > best.n ? c : best)).ch;
}

export function parseCsv(text: string): string[][] {
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.map((r) => r.map((f) => f.replace(/\r\n?/g, '\n')));
}

export function readCsv(bytes: Uint8Array, path: string, file: string): SheetGrid {
  if (bytes.length > CSV_MAX_BYTES) {
    throw new GkmlError(msg(IMPORT.cannotImport, { file, reason: msg(IMPORT.csvTooLarge) }));
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') {
    throw new GkmlError(msg(IMPORT.cannotImport, { file, reason: msg(IMPORT.notCsv) }));
  }
  return { name: basename(path, extname(path)), rows: parseCsv(decoded.text), merges: [], copied: true };
}
