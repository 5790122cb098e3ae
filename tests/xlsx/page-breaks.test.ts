// Where a domain sheet's printed pages end: whole runs moved to the next page, long runs cut.
import { describe, expect, it } from 'vitest';
import { pageBreaks, pageRoom, printScale } from '../../src/export/xlsx/page-breaks.js';

const room = { first: 100, rest: 120 };

describe('pageBreaks', () => {
  it('moves a run that would cross the end of a page to the next page', () => {
    // Runs of 60: the first fits the first page (100), the second would end at 120, so it starts page 2 (room 120) with the third.
    expect(pageBreaks([30, 30, 30, 30, 30, 30], [2, 2, 2], room)).toEqual([1]);
    expect(pageBreaks([30, 30, 30, 30, 30, 30, 30, 30], [2, 2, 2, 2], room)).toEqual([1, 5]);
  });

  it('cuts a run longer than a page where pages end', () => {
    expect(pageBreaks([50, 50, 50, 50, 50, 50], [6], room)).toEqual([1, 3]);
  });

  it('puts a run on a fresh page when it fits there, and a row taller than a page on a page of its own', () => {
    expect(pageBreaks([90, 100, 10], [1, 2], room)).toEqual([0]);
    expect(pageBreaks([10, 500, 10], [1, 1, 1], room)).toEqual([0, 1]);
  });

  it('needs no break when everything fits', () => {
    expect(pageBreaks([10, 10, 10], [3], room)).toEqual([]);
    expect(pageBreaks([], [], room)).toEqual([]);
  });
});

describe('printScale and pageRoom', () => {
  it('fit the columns on one landscape page width, never enlarging, A3 at a larger scale than A4', () => {
    expect(printScale('A4', [10, 10])).toBe(100);
    expect(printScale('A4', Array(20).fill(20))).toBeLessThan(100);
    expect(printScale('A3', Array(20).fill(20))).toBeGreaterThan(printScale('A4', Array(20).fill(20)));
  });

  it('give a smaller scale more room on a page', () => {
    expect(pageRoom('A3', 50, 40, 48).rest).toBeGreaterThan(pageRoom('A3', 100, 40, 48).rest);
    expect(pageRoom('A3', 100, 40, 48).first).toBe(pageRoom('A3', 100, 40, 48).rest - 40);
  });
});
