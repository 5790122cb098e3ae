// Turns a file's bytes into text. Directories arrive from Word/WPS/Excel/Notepad on Windows, so
// besides UTF-8 we recognise a BOM, UTF-16 and GB18030/GBK; those are decoded with a notice.
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import type { SyntaxProblem } from './syntax-problem.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary';
  notice?: SyntaxProblem;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function notice(encoding: string, severity: 'error' | 'warn'): SyntaxProblem {
  return {
    code: 'ENCODING',
    severity,
    start: 0,
    end: 0,
    message: severity === 'warn' ? msg(WORKSPACE.encoding, { encoding }) : msg(WORKSPACE.notText),
  };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notice: notice('UTF-16LE', 'warn') };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notice: notice('UTF-16BE', 'warn') };
  }
  if (bytes.includes(0)) {
    return { text: '', encoding: 'binary', notice: notice('binary', 'error') };
  }
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    // Bytes that are not GB18030 either (undecodable sequences, control characters): not a text file.
    if (/[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(text)) return { text: '', encoding: 'binary', notice: notice('binary', 'error') };
    return { text, encoding: 'gb18030', notice: notice('GB18030/GBK', 'warn') };
  }
}
