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
    [999, '九百九十九'],
    // Past 999, for a document of a thousand directory files and more.
    [1000, '一千'],
    [1001, '一千〇一'],
    [1010, '一千〇一十'],
    [1100, '一千一百'],
    [1234, '一千二百三十四'],
    [9999, '九千九百九十九'],
    [10_000, '一万'],
    [10_001, '一万〇一'],
    [10_010, '一万〇一十'],
    [12_345, '一万二千三百四十五'],
    [20_000, '二万'],
    [100_000, '十万'],
    [110_000, '十一万'],
    [100_010, '十万〇一十'],
    [1_010_000, '一百〇一万'],
    [100_000_000, '一亿'],
    [100_000_001, '一亿〇一'],
    [101_000_000, '一亿〇一百万'],
    [200_001_000, '二亿〇一千'],
    [1_000_000_000, '十亿'],
    [1_000_000_000_000, '一万亿'],
  ])('%i is %s', (n, text) => expect(chineseOrdinal(n)).toBe(text));

  it('writes dates as official documents do', () => {
    expect(chineseNumeralDate('2026-06-30')).toBe('二〇二六年六月三十日');
    expect(chineseNumeralDate('2020-01-01')).toBe('二〇二〇年一月一日');
    expect(chineseNumeralDate('2019-12-21')).toBe('二〇一九年十二月二十一日');
  });

  it('refuses what it cannot write', () => {
    expect(() => chineseOrdinal(0)).toThrow(RangeError);
    expect(() => chineseOrdinal(1.5)).toThrow(RangeError);
    expect(() => chineseOrdinal(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(chineseOrdinal(Number.MAX_SAFE_INTEGER)).toBe('九千〇七万亿一千九百九十二亿五千四百七十四万〇九百九十一');
  });
});
