// The runs of 一级事项 merged down (src/model/table-layout.ts l1Runs) and the two header rows
// (headerCells): the one reading the workbook, the Word document, the site and the fragments draw
// their merged cells from.
import { describe, expect, it } from 'vitest';
import { headerCells, l1Runs } from '../../src/model/table-layout.js';

const item = (l1: string, l2?: string) => ({ l1, ...(l2 !== undefined ? { l2 } : {}) });

describe('l1Runs', () => {
  it('groups consecutive items of one 一级事项 that each have a 二级事项', () => {
    const items = [item('甲', 'a'), item('甲', 'b'), item('甲', 'c'), item('乙', 'a'), item('甲', 'd')];
    expect(l1Runs(items)).toEqual([
      { start: 0, length: 3 },
      { start: 3, length: 1 },
      { start: 4, length: 1 },
    ]);
  });

  it('leaves an item with no 二级事项 alone, its cell merged across rather than down', () => {
    const items = [item('甲'), item('甲', 'a'), item('甲', 'b'), item('甲')];
    expect(l1Runs(items)).toEqual([
      { start: 0, length: 1 },
      { start: 1, length: 2 },
      { start: 3, length: 1 },
    ]);
  });

  it('covers every item exactly once, and nothing for no items', () => {
    expect(l1Runs([])).toEqual([]);
    const items = Array.from({ length: 7 }, (_, i) => item(i < 4 ? '甲' : '乙', String(i)));
    const runs = l1Runs(items);
    expect(runs.reduce((n, r) => n + r.length, 0)).toBe(7);
    expect(runs).toEqual([
      { start: 0, length: 4 },
      { start: 4, length: 3 },
    ]);
  });
});

describe('headerCells', () => {
  it('spans an ungrouped label over both rows and a group over its columns, its labels below', () => {
    const columns = [
      { label: '序号' },
      { label: '一级事项', group: '公开事项' },
      { label: '二级事项', group: '公开事项' },
      { label: '公开内容（要素）' },
      { label: '全社会', group: '公开对象' },
      { label: '特定群体', group: '公开对象' },
    ];
    expect(headerCells(columns)).toEqual([
      [
        { text: '序号', column: 0, columns: 1, rows: 2 },
        { text: '公开事项', column: 1, columns: 2, rows: 1 },
        { text: '公开内容（要素）', column: 3, columns: 1, rows: 2 },
        { text: '公开对象', column: 4, columns: 2, rows: 1 },
      ],
      [
        { text: '一级事项', column: 1, columns: 1, rows: 1 },
        { text: '二级事项', column: 2, columns: 1, rows: 1 },
        { text: '全社会', column: 4, columns: 1, rows: 1 },
        { text: '特定群体', column: 5, columns: 1, rows: 1 },
      ],
    ]);
  });
});
