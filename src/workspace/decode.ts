// Turns a file's bytes into text. Directories arrive from Word/WPS/Excel/Notepad on Windows, so
// besides UTF-8 we recognise a BOM, UTF-16 and GB18030/GBK; those are decoded with a notice.
import type { SyntaxProblem } from './syntax-problem.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary';
  notice?: SyntaxProblem;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function notice(encoding: string, severity: 'error' | 'warn'): SyntaxProblem {
  const zhHow = '请在编辑器中“另存为 UTF-8”，或运行 iconv -f GB18030 -t UTF-8 原文件 > 新文件';
  const enHow = 'save it as UTF-8 in your editor, or run iconv -f GB18030 -t UTF-8 in > out';
  return {
    code: 'ENCODING',
    severity,
    start: 0,
    end: 0,
    message:
      severity === 'warn'
        ? { zh: `文件编码为 ${encoding}，已按此编码读取；gkml 目录文件应使用 UTF-8（${zhHow}）`, en: `file is encoded as ${encoding} and was read as such; gkml directory files should be UTF-8 (${enHow})` }
        : { zh: '无法读取：文件不是文本，或编码无法识别（应为 UTF-8）', en: 'cannot read: the file is not text, or its encoding is not recognised (use UTF-8)' },
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
