// Files that are not what they claim, damaged or built to exhaust memory: each is refused with one
// clear line and exit 2, never a stack trace, and nothing is written. Output files are never
// replaced without --force.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { FIXTURES } from '../fixtures/import/make-fixtures.js';
import { fixtureDir, importFile } from './support.js';

let dir: string;
beforeAll(async () => {
  dir = await fixtureDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REFUSED: [keyof typeof FIXTURES, string][] = [
  ['notXlsx', '内容不是 xlsx 工作簿（不是 zip 压缩包）'],
  ['legacy', '这是旧版 .xls 或加密的工作簿'],
  ['truncated', '文件已损坏（zip 目录不完整）'],
  ['emptySheet', '没有任何内容（工作表都是空的）'],
  ['hugeMerge', '合并单元格过大或过多（A1:XFD1048576）'],
  ['badMerge', '合并单元格范围无效：A1:B1:ZZZZ'],
  ['overlappingMerges', '合并单元格相互重叠'],
  ['declaredBomb', '疑似“压缩炸弹”'],
  ['lyingBomb', 'xl/worksheets/sheet1.xml 解压后超过声明的大小，疑似“压缩炸弹”'],
];

describe('hostile and broken files', () => {
  for (const [name, message] of REFUSED) {
    it(`refuses ${FIXTURES[name]} with exit 2 and one line`, async () => {
      const run = await importFile(dir, FIXTURES[name]);
      expect(run.code).toBe(2);
      expect(run.stderr.startsWith(`gkml: 无法导入 ${FIXTURES[name]}：`)).toBe(true);
      expect(run.stderr).toContain(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.files.size).toBe(0);
    });
  }

  it('says the same in English', async () => {
    const run = await importFile(dir, FIXTURES.lyingBomb, ['--lang', 'en']);
    expect(run.stderr).toBe(
      'gkml: cannot import lying-bomb.xlsx: xl/worksheets/sheet1.xml inflates beyond its declared size, which looks like a zip bomb\n',
    );
  });

  it('never shows a stack trace from the real process', () => {
    for (const name of [FIXTURES.notXlsx, FIXTURES.declaredBomb, FIXTURES.overlappingMerges]) {
      const run = spawnCli(['import', name, '-o', join(dir, 'spawned')], { cwd: dir });
      expect(run.code, name).toBe(2);
      expect(run.stderr).not.toMatch(/\bat .*\.js:\d+|Error:/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'spawned'))).toBe(false);
  });
});

describe('usage errors', () => {
  it('exit 2 for a missing file, an unsupported or legacy type, an unknown --domain', async () => {
    const cases: [string[], string][] = [
      [['import', 'missing.xlsx'], '找不到文件：missing.xlsx'],
      [['import', 'table.xls'], '旧版 .xls 格式请先在 Excel 或 WPS 中另存为 .xlsx'],
      [['import', 'table.ods'], '只支持 .xlsx 和 .csv 文件'],
      [['import', FIXTURES.official, '--domain', '不存在'], '--domain 的取值无效：不存在'],
      [['import'], '缺少参数'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });
});

describe('existing output', () => {
  it('is not replaced without --force, and nothing else is written either', async () => {
    const out = join(dir, 'existing');
    mkdirSync(out);
    writeFileSync(join(out, 'jiuye.yaml'), 'mine\n');
    const run = await runCli(['import', FIXTURES.stacked, '-o', out], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 文件已存在，未写入任何文件：existing/jiuye.yaml（确需覆盖请加 --force）\n');
    expect(readFileSync(join(out, 'jiuye.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(out, 'shehui-baoxian.yaml'))).toBe(false);

    const forced = await runCli(['import', FIXTURES.stacked, '-o', out, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'jiuye.yaml'), 'utf8')).toContain('domain: jiuye');
    expect(existsSync(join(out, 'shehui-baoxian.yaml'))).toBe(true);
  });
});

describe('names from the file', () => {
  it('cannot inject YAML through a file name holding a line break', async () => {
    const name = 'table\nitems: []\n.csv';
    writeFileSync(join(dir, name), readFileSync(join(dir, FIXTURES.bomCsv)));
    const run = await importFile(dir, name, ['--domain', 'jiuye']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.texts.get('jiuye')!.split('\n')[1]).toBe(
      '# 由 gkml import 从 table items: [] .csv 导入，文字保持表格原样；运行 gkml lint 检查。',
    );
    expect(run.files.get('jiuye')!.items).toHaveLength(1);
  });
});
