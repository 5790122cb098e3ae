// Coverage of submitted tables by meaning (issue 25, point 4), on tables written for it: rows
// reordered and renumbered, outline numbers and synonyms in the names, some items reworded (renamed),
// some replaced by unrelated ones (missing + added). The exact sets are asserted, the gate is tried
// on them, and a workspace `gkml import` writes from a table is measured as the table is.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage } from '../../src/coverage/coverage.js';
import type { CoverageReport, DomainCoverage } from '../../src/coverage/coverage.js';
import { HOLDOUT, makeHoldoutTables } from '../fixtures/coverage/make-tables.js';
import { fixture, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-coverage-tables-'));
beforeAll(() => makeHoldoutTables(dir));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a domain's report says, as sets a reader can check against the table by eye. */
function sets(d: DomainCoverage) {
  return {
    same: d.covered.filter((c) => !c.renamed).map((c) => c.guidelineId),
    renamed: Object.fromEntries(
      d.covered.filter((c) => c.renamed).map((c) => [c.guidelineId, `${c.countyId} ${c.renamed!.l1} / ${c.renamed!.l2}`]),
    ),
    missing: d.missing.map((m) => m.guidelineId),
    added: d.added.map((a) => `${a.id} ${a.l2}`),
  };
}

const domain = (report: CoverageReport, id: string) => report.domains.find((d) => d.id === id)!;

describe('coverage of a workbook by meaning', () => {
  let report: CoverageReport;
  beforeAll(async () => {
    report = await coverage({ workspace: HOLDOUT.xlsx, cwd: dir });
  });

  it('matches 社会救助 by its names, whatever their order, numbers and synonyms', () => {
    expect(sets(domain(report, 'shehui-jiuzhu'))).toEqual({
      // 1.1 办事指南 under 一、临时救助; 2.1 (full-width) 办事指南 and 2.4 政策法规文件 under 低保 (最低生活保障); 4.1 监督检查.
      same: ['shehui-jiuzhu-01-02', 'shehui-jiuzhu-02-01', 'shehui-jiuzhu-02-02', 'shehui-jiuzhu-04-02'],
      renamed: {
        'shehui-jiuzhu-02-03': '社会救助!A8 二、低保 / 2.2 审核信息公示',
        'shehui-jiuzhu-03-02': '社会救助!A11 （三）特困人员供养 / 3.1 办事指南',
        'shehui-jiuzhu-04-01': '社会救助!A6 一、临时救助 / 1.3 相关政策法规文件',
        'shehui-jiuzhu-04-03': '社会救助!A5 一、临时救助 / 1.2 审核审批结果信息',
      },
      missing: ['shehui-jiuzhu-01-01', 'shehui-jiuzhu-02-04', 'shehui-jiuzhu-03-01'],
      added: ['社会救助!A9 2.3 低保资金发放', '社会救助!A12 3.2 救助供养标准', '社会救助!A14 4.2 信访投诉渠道'],
    });
  });

  it('matches 户籍管理 on the second sheet, renumbered from 21', () => {
    expect(sets(domain(report, 'huji-guanli'))).toEqual({
      // 新生儿落户 is 出生登记 (a search synonym); 姓名变更 sits under 户口登记项目变更更正, whose 二级事项 the guidelines does not list.
      same: ['huji-guanli-01-01', 'huji-guanli-05-00'],
      renamed: {
        'huji-guanli-02-01': '户籍管理!A6 收养、入籍等登记 / 收养登记（含涉外）',
        'huji-guanli-04-01': '户籍管理!A4 户口迁移 / 迁入登记',
      },
      missing: ['huji-guanli-03-01', 'huji-guanli-03-02'],
      added: ['户籍管理!A8 居住证申领'],
    });
  });

  it('reports only the domains the workbook holds, the others in one line, and totals over those two', async () => {
    expect(report.source).toBe('table');
    expect(report.domains.map((d) => d.id)).toEqual(['shehui-jiuzhu', 'huji-guanli']);
    expect(report.notSubmitted).toHaveLength(24);
    expect(report.totals).toMatchObject({ guideline: 17, covered: 12, missing: 5, added: 4, percent: 70.6 });
    const out = (await runCli(['coverage', HOLDOUT.xlsx], { cwd: dir })).stdout;
    expect(out.match(/^未报送（24 个领域，不计入合计）：国土空间规划、.*、卫生健康$/gm)).toHaveLength(1);
    expect(out).not.toContain('缺领域');
    expect(out).toContain('改名 shehui-jiuzhu-04-03 临时救助 / 审核审批信息 → 一、临时救助 / 1.2 审核审批结果信息（社会救助!A5）');
    expect(out).not.toContain('编号不同');
    const en = (await runCli(['coverage', '--lang', 'en', '-f', 'markdown', HOLDOUT.xlsx], { cwd: dir })).stdout;
    expect(en).toMatch(/^not submitted \(24 domains, not in the total\): 国土空间规划, /m);
  });
});

describe('coverage of a CSV by meaning', () => {
  it('credits the 就业援助 rows to 就业援助, not to 就业信息服务 by their position', async () => {
    const report = await coverage({ workspace: HOLDOUT.csv, cwd: dir });
    expect(report.domains.map((d) => d.id)).toEqual(['jiuye']);
    expect(sets(domain(report, 'jiuye'))).toEqual({
      // 招聘信息发布 is 岗位信息发布, 大学生就业 高校毕业生就业, 失业登记 就业失业登记 (search synonyms); both 就业援助 rows sit under 就业援助.
      same: ['jiuye-01-02', 'jiuye-04-00', 'jiuye-05-00', 'jiuye-06-00', 'jiuye-07-00'],
      renamed: { 'jiuye-01-01': 'linjiang-jiuye!A7 1. 就业信息服务 / 1.2 就业创业政策法规咨询' },
      missing: ['jiuye-01-03', 'jiuye-01-04', 'jiuye-02-00', 'jiuye-03-00', 'jiuye-08-00', 'jiuye-09-00'],
      added: ['linjiang-jiuye!A8 1.3 劳动维权咨询'],
    });
    expect(domain(report, 'jiuye').covered.find((c) => c.guidelineId === 'jiuye-06-00')?.countyId).toBe('linjiang-jiuye!A4');
    expect(report.totals.percent).toBe(50);
  });

  it('gives --min-coverage a gate to rely on: 50 % passes at 50 and fails at 50.1', async () => {
    const pass = await runCli(['coverage', '--min-coverage', '50', HOLDOUT.csv], { cwd: dir });
    expect(pass.code).toBe(0);
    const fail = await runCli(['coverage', '--min-coverage', '50.1', HOLDOUT.csv], { cwd: dir });
    expect(fail.code).toBe(1);
    expect(fail.stderr).toMatch(/50\.0%.*低于 --min-coverage 50\.1%/);
  });

  it('fails the gate on the issue’s two 就业援助 rows, which cover one guideline item of twelve', async () => {
    const lines = (await import('node:fs')).readFileSync(join(dir, HOLDOUT.csv), 'utf8').split('\r\n');
    writeFileSync(join(dir, 'two-rows.csv'), [...lines.slice(0, 5), ''].join('\r\n'));
    const report = await coverage({ workspace: 'two-rows.csv', cwd: dir });
    expect(sets(domain(report, 'jiuye'))).toMatchObject({ same: ['jiuye-06-00'], renamed: {}, added: [] });
    expect(report.totals.percent).toBe(8.3);
    expect((await runCli(['coverage', '--min-coverage', '10', 'two-rows.csv'], { cwd: dir })).code).toBe(1);
  });

  it('measures a workspace `gkml import` wrote from the table as the table, though its ids look like the guidelines’s', async () => {
    const ws = join(dir, 'imported');
    mkdirSync(join(ws, 'directories'), { recursive: true });
    copyFileSync(join(fixture('clean'), 'gkml.config.yaml'), join(ws, 'gkml.config.yaml'));
    expect((await runCli(['import', HOLDOUT.csv, '-o', 'imported/directories'], { cwd: dir })).code).toBe(0);
    const table = sets(domain(await coverage({ workspace: HOLDOUT.csv, cwd: dir }), 'jiuye'));
    const workspace = domain(await coverage({ workspace: ws }), 'jiuye');
    // The importer numbered 就业援助 (the table's first 一级事项) jiuye-01-…, 就业信息服务 jiuye-02-…: the
    // guideline's jiuye-01-01 and -02 are 就业信息服务 items, and must not be credited to the 就业援助 rows.
    expect(workspace.added.map((a) => a.id)).toEqual(['jiuye-02-03']);
    expect(workspace.covered.filter((c) => c.by === 'id')).toEqual([]);
    expect({ ...sets(workspace), renamed: Object.keys(sets(workspace).renamed), added: [] }).toEqual({
      ...table,
      renamed: Object.keys(table.renamed),
      added: [],
    });
  });
});
