// An item without a 二级事项 (tests/fixtures/no-l2) in the Word compendium: its 一级事项 is one cell
// spanning the 二级事项 column (w:gridSpan), as the official tables draw it, never merged down with
// a neighbour; the rows of items with a 二级事项 keep their own cells and their 一级事项 merged down.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { buildDocs, paragraphs, parts, scratchDir, tables } from './support.js';

const scratch = scratchDir('docx-no-l2');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let domainTables: string[][][];

beforeAll(async () => {
  await buildDocs(fixture('no-l2'), join(scratch, 'out'));
  domainTables = tables(parts(readFileSync(join(scratch, 'out/directory.docx')))['word/document.xml']!).filter((t) =>
    paragraphs(t[0]!.join('')).includes('序号'),
  );
});

/** The table row whose 序号 cell says `seq`, as its cells' XML. */
const row = (table: string[][], seq: number) => table.slice(2).find((cells) => paragraphs(cells[0]!)[0] === String(seq))!;
const span = (cell: string) => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);

describe('an item without a 二级事项 in the Word document', () => {
  it('has its 一级事项 in one cell spanning the 二级事项 column, and one cell fewer in its row', () => {
    const [zhengdi] = domainTables.filter((t) => t.some((cells) => cells.some((c) => paragraphs(c).includes('征地管理政策'))));
    const widths = (cells: string[]) => cells.reduce((n, c) => n + span(c), 0);
    const withL2 = row(zhengdi!, 1);
    for (const seq of [3, 4]) {
      const cells = row(zhengdi!, seq);
      expect(paragraphs(cells[1]!)).toEqual([seq === 3 ? '征地管理政策' : '征地法定公告']);
      expect(span(cells[1]!)).toBe(2);
      // Standing alone: not merged down with the neighbour that stands alone too.
      expect(cells[1]).not.toContain('<w:vMerge');
      expect(paragraphs(cells[2]!)).toEqual([seq === 3 ? '法律法规和规章\n征地补偿标准' : '征收土地预公告\n征地补偿安置公告']);
      expect(cells).toHaveLength(withL2.length - 1);
      expect(widths(cells)).toBe(widths(withL2));
    }
    expect(paragraphs(withL2[2]!)).toEqual(['征地报批材料']);
    expect(withL2[1]).toContain('<w:vMerge w:val="restart"/>');
  });

  it('spans 三级事项 too when the table has that column', () => {
    const [jiuzhu] = domainTables.filter((t) => t.some((cells) => cells.some((c) => paragraphs(c).includes('政策法规'))));
    const cells = row(jiuzhu!, 1);
    expect([paragraphs(cells[1]!)[0], span(cells[1]!)]).toEqual(['政策法规', 3]);
    expect(
      row(jiuzhu!, 2)
        .slice(1, 4)
        .map((c) => paragraphs(c)[0]),
    ).toEqual(['最低生活保障', '审核确认结果', '农村低保']);
  });
});
