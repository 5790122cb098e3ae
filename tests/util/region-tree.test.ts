// The walks of the one region tree: the orders the build, the pages and the reports rely on.
import { describe, expect, it } from 'vitest';
import { descendants, fullName, mapRegions, postOrder, walkRegions, type RegionTree } from '../../src/core/region-tree.js';

type Named = RegionTree<{ name: string }>;
const leaf = (name: string, ...regions: Named[]): Named => ({ name, regions });
// A province's two cities, the first with a county that has a township.
const cities = [leaf('东州市', leaf('安平县', leaf('清河镇')), leaf('白水县')), leaf('西州市')];
const names = (regions: readonly Named[]) => regions.map((r) => r.name);

describe('the region tree', () => {
  it('lists each region before its own (pre-order) and after them (post-order, the build order)', () => {
    expect(names(descendants(cities))).toEqual(['东州市', '安平县', '清河镇', '白水县', '西州市']);
    expect(names(postOrder(cities))).toEqual(['清河镇', '安平县', '白水县', '东州市', '西州市']);
    expect(names(walkRegions(cities, 'post').map((v) => v.region))).toEqual(names(postOrder(cities)));
  });

  it('gives each region met its depth, the regions above it and its name with theirs', () => {
    const visits = walkRegions(cities);
    expect(visits.map((v) => [v.region.name, v.depth, names(v.trail)])).toEqual([
      ['东州市', 1, []],
      ['安平县', 2, ['东州市']],
      ['清河镇', 3, ['东州市', '安平县']],
      ['白水县', 2, ['东州市']],
      ['西州市', 1, []],
    ]);
    expect(visits.map(fullName)).toEqual(['东州市', '东州市安平县', '东州市安平县清河镇', '东州市白水县', '西州市']);
  });

  it('maps a tree to another of the same shape', () => {
    const initials = mapRegions(cities, (r) => ({ initial: r.name[0] }));
    expect(initials).toEqual([
      {
        initial: '东',
        regions: [
          { initial: '安', regions: [{ initial: '清', regions: [] }] },
          { initial: '白', regions: [] },
        ],
      },
      { initial: '西', regions: [] },
    ]);
    expect(walkRegions([])).toEqual([]);
  });
});
