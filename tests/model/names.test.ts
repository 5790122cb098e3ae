// The one outline-number pattern and the one name normaliser (src/model/names.ts), as
// outline-number, duplicate-item, diff and coverage use them.
import { describe, expect, it } from 'vitest';
import { listMarkerOf, normaliseName, outlineNumberOf } from '../../src/model/names.js';

describe('listMarkerOf', () => {
  it('finds an outline number, a bullet or a box used as one (164 腾冲 E4 ●中华人民共和国政府信息公开条例)', () => {
    expect(listMarkerOf('●中华人民共和国政府信息公开条例')).toBe('●');
    expect(listMarkerOf('■ 《条例》')).toBe('■ ');
    expect(listMarkerOf('2.《中华人民共和国收养法》')).toBe('2.');
    expect(listMarkerOf('《中华人民共和国收养法》')).toBe('');
    expect(listMarkerOf('口岸管理规定')).toBe('');
  });
});

describe('outlineNumberOf', () => {
  it.each([
    ['1.办事指南', '1.'],
    ['1、办事指南', '1、'],
    ['1)办事指南', '1)'],
    ['1.1就业政策法规咨询', '1.1'],
    ['2.2.2 岗位信息', '2.2.2 '],
    ['（一）办事指南', '（一）'],
    ['(三) 办事指南', '(三) '],
    ['一、办事指南', '一、'],
    ['十二．办事指南', '十二．'],
    ['(1)办事指南', '(1)'],
    ['①办事指南', '①'],
    ['１．办事指南', '１．'],
  ])('finds the outline number of %s', (name, number) => {
    expect(outlineNumberOf(name)).toBe(number);
  });

  it.each(['2023年度预算', '2024年度预算', '12345热线服务', '110报警服务', '一站式服务', '三公经费', '1', '一、'])(
    'finds none in %s',
    (name) => {
      expect(outlineNumberOf(name)).toBe('');
    },
  );
});

describe('normaliseName', () => {
  it('keeps numbers that belong to the name', () => {
    expect(normaliseName('2023年度预算')).not.toBe(normaliseName('2024年度预算'));
    expect(normaliseName('12345热线服务')).not.toBe(normaliseName('热线服务'));
    expect(normaliseName('12345热线服务')).toBe('12345热线服务');
  });

  it('drops pasted outline numbers, spacing, brackets and case', () => {
    for (const name of ['1.办事指南', '1.1 办事指南', '（一）办事指南', '一、办事指南', '①办事指南', ' 办事 指南 ', '【办事指南】']) {
      expect(normaliseName(name)).toBe('办事指南');
    }
    expect(normaliseName('PPP项目')).toBe(normaliseName('ppp 项目'));
    expect(normaliseName('（二）政策文件（试行）')).toBe('政策文件试行');
  });

  it('is empty for no name', () => {
    expect(normaliseName(undefined)).toBe('');
    expect(normaliseName(null)).toBe('');
    expect(normaliseName('')).toBe('');
  });
});
