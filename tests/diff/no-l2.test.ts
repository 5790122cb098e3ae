// Items without a 二级事项 (tests/fixtures/no-l2) in the reports that name items: diff shows a 二级事项
// given or taken away as — on the side that has none, coverage matches a 一级事项 standing alone to
// the county's, status counts no gap for it; none of them says "undefined".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-no-l2-reports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const before = fixture('no-l2');

/** The fixture with one item's 二级事项 taken away and another given one. */
function changed(): string {
  const dir = join(scratch, 'after');
  cpSync(before, dir, { recursive: true });
  const file = join(dir, 'directories/zhengdi-buchang.yaml');
  const text = readFileSync(file, 'utf8')
    .replace('    l2: 征地报批材料\n', '')
    .replace('    l1: 征地管理政策\n', '    l1: 征地管理政策\n    l2: 政策文件\n');
  writeFileSync(file, text);
  return dir;
}

describe('items without a 二级事项 in the reports', () => {
  it('diff: a 二级事项 taken away or given is a change of 二级事项, the side without one shown as —', async () => {
    const after = changed();
    const run = await runCli(['diff', before, after]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('  zhengdi-buchang-01-01 征地审查报批\n      二级事项: 征地报批材料 → —\n');
    expect(run.stdout).toContain('  zhengdi-buchang-03-00 征地管理政策 / 政策文件\n      二级事项: — → 政策文件\n');
    for (const format of ['stylish', 'json', 'markdown']) {
      expect((await runCli(['diff', before, after, '-f', format])).stdout, format).not.toContain('undefined');
    }
  });

  it('coverage: the guideline’s 征地管理政策, which stands alone, is covered by the county’s item of that id, neither with a 二级事项', async () => {
    const run = await runCli(['coverage', before, '-f', 'json']);
    const report = JSON.parse(run.stdout) as {
      domains: { id: string; covered: { guidelineId: string; countyId: string; l2?: string }[]; added: { id: string; l2?: string }[] }[];
    };
    const zhengdi = report.domains.find((d) => d.id === 'zhengdi-buchang')!;
    expect(zhengdi.covered.find((c) => c.guidelineId === 'zhengdi-buchang-03-00')).toEqual({
      guidelineId: 'zhengdi-buchang-03-00',
      l1: '征地管理政策',
      countyId: 'zhengdi-buchang-03-00',
      by: 'id',
    });
    expect(zhengdi.added).toEqual([{ id: 'zhengdi-buchang-04-00', l1: '征地法定公告' }]);
    for (const format of ['stylish', 'markdown'])
      expect((await runCli(['coverage', before, '-f', format])).stdout, format).not.toContain('undefined');
  });

  it('coverage: under other ids, the county’s 一级事项 standing alone is the match, not another item under it', async () => {
    const dir = join(scratch, 'renumbered');
    cpSync(before, dir, { recursive: true });
    const file = join(dir, 'directories/zhengdi-buchang.yaml');
    const explained =
      '  - id: zhengdi-buchang-x01\n    l1: 征地管理政策\n    l2: 政策解读\n    content: [解读]\n    basis: [《中华人民共和国土地管理法》]\n    timeframe: 信息形成或者变更之日起20个工作日内\n    owner: 示例县自然资源局\n    channels: [政府网站]\n    audience: 全社会\n    mode: [主动]\n    level: [县级]\n';
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: zhengdi-buchang-03-00\n', `${explained}  - id: zhengdi-buchang-x02\n`));
    const report = JSON.parse((await runCli(['coverage', dir, '-f', 'json'])).stdout) as {
      domains: { id: string; covered: { guidelineId: string; countyId: string; by: string }[] }[];
    };
    const match = report.domains.find((d) => d.id === 'zhengdi-buchang')!.covered.find((c) => c.guidelineId === 'zhengdi-buchang-03-00');
    expect(match).toMatchObject({ countyId: 'zhengdi-buchang-x02', by: 'name' });
  });

  it('status: nothing to fill in an item without a 二级事项', async () => {
    const run = await runCli(['status', before, '-f', 'json']);
    const report = JSON.parse(run.stdout) as { domains: { id: string; ready: boolean; fields: { total: number; unfilled: number } }[] };
    // 4 items × 9 fields to fill, less the l2 of the two that have none.
    expect(report.domains.find((d) => d.id === 'zhengdi-buchang')).toMatchObject({ ready: true, fields: { total: 34, unfilled: 0 } });
  });
});
