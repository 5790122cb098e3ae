// gkml's own workbook reader (issue 25, point 8): what each kind of cell a spreadsheet writes reads
// as, on a workbook exceljs writes here; XML split anywhere between chunks reads the same; shared
// formulas named as their own cell reads them; external references and DDE links told apart.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isExternalFormula, shiftFormula } from '../../src/import/formula-refs.js';
import { readXlsx } from '../../src/import/read-xlsx.js';
import { XmlScanner } from '../../src/import/xml-scan.js';

describe('cells as a spreadsheet writes them', () => {
  it('reads texts, rich text, numbers, dates, booleans, errors, hyperlinks, formulas and merges', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('表一');
    ws.getCell('A1').value = '第一行\r\n第二行';
    ws.getCell('B1').value = { richText: [{ text: '加粗', font: { bold: true } }, { text: '普通' }] };
    ws.getCell('C1').value = 20;
    ws.getCell('D1').value = 0.5;
    ws.getCell('E1').value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell('E1').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('F1').value = true;
    ws.getCell('G1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('H1').value = { text: '政府网站', hyperlink: 'http://example.com' };
    ws.getCell('A2').value = { formula: 'C1*2', result: 40 } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { formula: 'A1&""', result: '第一行' } as ExcelJS.CellFormulaValue;
    ws.getCell('C2').value = 'a < b & "c"';
    ws.getCell('D3').value = '合并';
    ws.mergeCells('D3:F4');
    const [grid] = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), 'book.xlsx');
    expect(grid!.name).toBe('表一');
    expect(grid!.rows[0]).toEqual(['第一行\n第二行', '加粗普通', '20', '0.5', '2024-01-01', 'true', '#N/A', '政府网站']);
    expect(grid!.rows[1]).toEqual(['40', '第一行', 'a < b & "c"']);
    expect(grid!.rows[2]).toEqual(['', '', '', '合并']);
    expect(grid!.rows).toHaveLength(4);
    expect(grid!.merges).toEqual([{ top: 3, left: 4, bottom: 4, right: 6 }]);
    expect(Object.fromEntries(grid!.kinds!)).toEqual({
      '1:3': { kind: 'number', shown: '20' },
      '1:4': { kind: 'number', shown: '0.5' },
      '1:5': { kind: 'date', shown: '2024-01-01' },
      '1:6': { kind: 'boolean', shown: 'TRUE' },
      '1:7': { kind: 'error', shown: '#N/A' },
      '2:1': { kind: 'number', shown: '40' },
    });
    expect(Object.fromEntries(grid!.formulas!)).toEqual({
      '2:1': { formula: 'C1*2', cached: true },
      '2:2': { formula: 'A1&""', cached: true },
    });
  });
});

describe('the XML scanner', () => {
  const xml = '<?xml version="1.0"?><!-- note --><x:row r="1" a=\'>\'><c t="s"><v>1&amp;2&#x4E00;</v></c><e/><![CDATA[<raw>]]></x:row>';
  const events = (chunks: string[]) => {
    const out: string[] = [];
    const scanner = new XmlScanner(
      { open: (n, a, s) => out.push(`<${n}${a}${s ? '/' : ''}>`), close: (n) => out.push(`</${n}>`), text: (t) => out.push(t) },
      (why) => {
        throw new Error(why);
      },
    );
    chunks.forEach((c, i) => scanner.push(c, i === chunks.length - 1));
    // Text may come in pieces: join neighbouring texts.
    return out.join('|').replace(/\|(?=[^<|])/g, '');
  };
  it('gives the same events however the text is cut into chunks', () => {
    const whole = events([xml]);
    expect(whole).toBe('<row r="1" a=\'>\'>|<c t="s">|<v>1&2一|</v>|</c>|<e/>|<raw>|</row>');
    for (let cut = 1; cut < xml.length; cut++) expect(events([xml.slice(0, cut), xml.slice(cut)]), `cut at ${cut}`).toBe(whole);
    expect(events([...xml])).toBe(whole);
  });
  it('refuses unterminated markup at the end', () => {
    expect(() => events(['<row><c'])).toThrow('unterminated markup');
  });
});

describe('formulas', () => {
  it('moves relative references of a shared formula, not absolute ones, strings or functions', () => {
    expect(shiftFormula('A1*2+$B$1+B$2+\'S 1\'!C3+LOG10(D4)&"E5"', 2, 1)).toBe('B3*2+$B$1+C$2+\'S 1\'!D5+LOG10(E6)&"E5"');
    expect(shiftFormula('SUM(A1:A3)', 0, 0)).toBe('SUM(A1:A3)');
  });
  it('tells an external workbook or a DDE link from a reference inside the workbook', () => {
    for (const f of ['[1]Sheet1!$A$1', "'[2]单位 表'!B2", "cmd|' /C calc'!A0", 'SUM([3]S!A1:A2)'])
      expect(isExternalFormula(f), f).toBe(true);
    for (const f of ['Sheet1!A1', 'CONCATENATE("[1]","a|b")', "'表 一'!B2*2"]) expect(isExternalFormula(f), f).toBe(false);
  });
});
