// A workbook of 230,000 item rows — within the archive's limits — is linted to the end (issue 25,
// point 8): no "Maximum call stack size exceeded", no internal error; the defects planted at its
// start, middle and last row are found at their cells. One sheet holds three domains under heading
// rows (a directory file holds at most 100,000 items), so every rule runs on every row. The
// workbook is written here, not committed: its sheet XML (inline strings, the official two-row
// header with its merges) zipped with fflate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { OFFICIAL_HEADER } from '../fixtures/import/make-fixtures.js';

const ROWS = 230_000;
const DOMAINS = ['一、就业', '二、社会保险', '三、养老服务'];
const PER_DOMAIN = Math.ceil(ROWS / DOMAINS.length);
/** Sheet row of item `n` (0-based): three header rows, then each domain's heading row and items. */
const rowOf = (n: number) => 4 + Math.floor(n / PER_DOMAIN) + 1 + n;
const FIRST = rowOf(0);
const MIDDLE = rowOf(ROWS / 2);
const LAST = rowOf(ROWS - 1);

const scratch = mkdtempSync(join(tmpdir(), 'gkml-large-table-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letter = (c: number) => String.fromCharCode(64 + c);

function rowXml(r: number, cells: (string | number | null)[]): string {
  const xml = cells.map((v, i) => {
    if (v === null) return '';
    const ref = `${letter(i + 1)}${r}`;
    return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
  });
  return `<row r="${r}">${xml.join('')}</row>`;
}

/** Item `n` at sheet row `r`: a clean item, but for the defects planted in the first, middle and last rows. */
function item(n: number, r: number): (string | number | null)[] {
  const owner = r === MIDDLE ? "=cmd|' /C calc'!A0" : '示例县人民政府办公室';
  const timeframe = r === LAST ? '' : '信息形成或者变更之日起20个工作日内';
  // A break typed between words (not a wrap before a bracket, which is joined: model/wraps.ts).
  const l2 = r === FIRST ? `信息发布${n}\n第一批` : `信息发布${n}`;
  return [
    n + 1,
    `信息服务${Math.floor(n / 10) + 1}`,
    l2,
    '办理条件、办理流程',
    '《中华人民共和国政府信息公开条例》',
    timeframe,
    owner,
    '■政府网站',
    '√',
    null,
    '√',
    null,
    '√',
    null,
  ];
}

function workbook(): Uint8Array {
  const header = [rowXml(1, ['示例县基层政务公开标准目录']), ...OFFICIAL_HEADER.map((cells, i) => rowXml(2 + i, cells))];
  const rows: string[] = [];
  for (let n = 0; n < ROWS; n++) {
    if (n % PER_DOMAIN === 0) rows.push(rowXml(rowOf(n) - 1, [DOMAINS[n / PER_DOMAIN]!]));
    rows.push(rowXml(rowOf(n), item(n, rowOf(n))));
  }
  const merges = ['A1:N1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2'];
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${header.join('')}${rows.join('')}</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells></worksheet>`;
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><sheets><sheet name="就业" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

interface Finding {
  cell?: string;
  severity: string;
  rule: string;
}

describe(`a workbook of ${ROWS.toLocaleString('en')} rows`, () => {
  let run: ReturnType<typeof spawnCli>;
  beforeAll(() => {
    writeFileSync(join(scratch, 'large.xlsx'), workbook());
    run = spawnCli(['lint', 'large.xlsx', '-f', 'json', '--lang', 'en'], { cwd: scratch, timeout: 570_000 });
  }, 600_000);

  it('is linted to the end: exit 1 for its errors, no internal error', () => {
    expect(run.stderr).not.toMatch(/internal error|Maximum call stack|heap out of memory/i);
    expect(run.code, run.stderr).toBe(1);
  });

  it('reports the planted defects at their cells, and nothing else', () => {
    const findings = (JSON.parse(run.stdout) as { summary: { files: number }; findings: Finding[] }).findings;
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual([
      `C${FIRST} error import`,
      `G${MIDDLE} error import`,
      `F${LAST} error unfilled`,
    ]);
  });
});
