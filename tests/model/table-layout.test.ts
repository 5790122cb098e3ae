// The runs of 一级事项 merged down (src/model/table-layout.ts l1Runs): the one reading the workbook,
// the Word document, the site and the fragments draw their merged cells from.
import { describe, expect, it } from 'vitest';
import { l1Runs } from '../../src/model/table-layout.js';

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
