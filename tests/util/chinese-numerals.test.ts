import { describe, expect, it } from 'vitest';
import { chineseNumeralDate, chineseOrdinal } from '../../src/util/chinese-numerals.js';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [26, '二十六'],
    [100, '一百'],
    [105, '一百〇五'],
    [110, '一百一十'],
  ])('%i is %s', (n, text) => expect(chineseOrdinal(n)).toBe(text));

  it('writes dates as official documents do', () => {
    expect(chineseNumeralDate('2026-06-30')).toBe('二〇二六年六月三十日');
    expect(chineseNumeralDate('2020-01-01')).toBe('二〇二〇年一月一日');
    expect(chineseNumeralDate('2019-12-21')).toBe('二〇一九年十二月二十一日');
  });

  it('refuses what it cannot write', () => {
    expect(() => chineseOrdinal(0)).toThrow(RangeError);
    expect(() => chineseOrdinal(1.5)).toThrow(RangeError);
  });
});
