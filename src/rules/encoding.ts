import type { Rule } from './rule.js';

// Reported by the decoder (src/workspace/decode.ts) when a file is not UTF-8.
export const encoding: Rule = {
  meta: {
    code: 'GK003',
    slug: 'encoding',
    title: { zh: '文件编码有误', en: 'not UTF-8' },
    description: { zh: '文件不是 UTF-8 编码（GBK、UTF-16 等）或不是文本', en: 'the file is not UTF-8 (GBK, UTF-16 …) or not text' },
    why: {
      zh: 'Windows 上的记事本、WPS 常把文件存为 GBK 或 UTF-16；gkml 能读取，但其他工具和编辑器可能显示乱码。统一使用 UTF-8。',
      en: 'Notepad and WPS on Windows often save GBK or UTF-16; gkml reads them, but other tools may show garbage. Use UTF-8 throughout.',
    },
    tags: ['syntax'],
    severity: 'warn',
    fixable: false,
  },
};
