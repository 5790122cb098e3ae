// components/facts: publication data as a description list, dates in <time>.
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../support/component.js';

describe('components/facts', () => {
  it('lists each fact as a term and its value; a date carries its machine-readable form', () => {
    const dl = renderComponent('components/facts', [
      { label: '版本', value: '2026.2', datetime: null },
      { label: '发布日期', value: '2026年6月30日', datetime: '2026-06-30' },
    ]).querySelector('dl.facts')!;
    expect(
      [...dl.querySelectorAll('.facts__row')].map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]),
    ).toEqual([
      ['版本', '2026.2'],
      ['发布日期', '2026年6月30日'],
    ]);
    expect(dl.querySelectorAll('time')).toHaveLength(1);
    expect(dl.querySelector('time')!.getAttribute('datetime')).toBe('2026-06-30');
  });
});
