import type { Rule } from './rule.js';

// Reported when lint reads an Excel or CSV submission (src/lint/table-submission.ts): what the
// importer could not read as meant, at its cell, rated by the importer.
export const importProblem: Rule = {
  meta: {
    code: 'GK006',
    slug: 'import',
    title: { zh: '表格无法读取的内容', en: 'unreadable table content' },
    description: {
      zh: '表格中无法按目录读取的内容：空行、无法识别的列或表格、以“同上”承接的格子、公式（外部链接或没有计算结果的公式为错误）、会被当作命令执行的文字',
      en: 'what a submitted table does not say as a directory: empty rows, unknown columns or tables, cells that only say 同上, formulas (an error when linked to another workbook or without a saved result), text a spreadsheet would run as a command',
    },
    why: {
      zh: '报送的 Excel 或 CSV 目录先按官方表样读成事项，再做与 YAML 相同的检查。读不成事项的行（错误）不会进入目录；读成了但可能与原意不符的格子（警告），如备注列、合并单元格承接的事项、按保存的计算结果读入的公式，应由报送单位核对。以 =、+、-、@ 开头并调用命令或链接（cmd|、DDE、HYPERLINK( 等）的文字不导入：电子表格打开时会执行它。',
      en: 'A submitted Excel or CSV directory is read as items in the official layout, then checked as YAML is. Rows that cannot become items (errors) are left out of the directory; cells read in a way that may not be what was meant (warnings), such as a notes column, an item continued over two rows or a formula read by its saved result, should be checked by the sender. Text starting with =, +, - or @ that calls a command or link (cmd|, DDE, HYPERLINK( …) is not imported: a spreadsheet would run it when opened.',
    },
    tags: ['syntax', 'tables'],
    severity: 'warn',
    fixable: false,
  },
};
