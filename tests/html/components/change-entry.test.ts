// components/change-entry: one item of the changelog, linked to its row, with its changed fields
// in a table labelled by the item's name.
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../support/component.js';

const COLUMNS = { field: '项目', before: '上一版本（2026.1）', after: '本版本（2026.2）' };

describe('components/change-entry', () => {
  it('names the item with a link to its row, its domain and its ids, and tables the changed fields', () => {
    const li = renderComponent('components/change-entry', {
      anchor: 'change-jiuye-06-01',
      name: '就业援助 · 公益性岗位',
      href: 'jiuye.html#jiuye-06-01',
      domainName: '就业',
      id: 'jiuye-06-01',
      from: 'jiuye-x01',
      columns: COLUMNS,
      fields: [{ label: '公开时限', before: '20个工作日内', after: '10个工作日内' }],
    }).querySelector('li.change')!;
    expect(li.id).toBe('change-jiuye-06-01');
    const heading = li.querySelector('h3')!;
    expect([heading.textContent, heading.querySelector('a')!.getAttribute('href')]).toEqual([
      '就业援助 · 公益性岗位',
      'jiuye.html#jiuye-06-01',
    ]);
    expect(li.querySelector('.change__meta')!.textContent).toBe('领域：就业　编号：jiuye-x01 → jiuye-06-01');
    const table = li.querySelector('table')!;
    expect(table.getAttribute('aria-labelledby')).toBe(heading.id);
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['项目', 'col'],
      ['上一版本（2026.1）', 'col'],
      ['本版本（2026.2）', 'col'],
    ]);
    const row = table.querySelector('tbody tr')!;
    expect([row.querySelector('th[scope=row]')!.textContent, ...[...row.querySelectorAll('td')].map((td) => td.textContent)]).toEqual([
      '公开时限',
      '20个工作日内',
      '10个工作日内',
    ]);
  });

  it('shows a removed item as text, and no table when no field is listed', () => {
    const li = renderComponent('components/change-entry', {
      anchor: 'removed-jiuye-x02',
      name: '创业服务 · 创业担保贷款',
      href: null,
      domainName: '就业',
      id: 'jiuye-x02',
      from: null,
      columns: COLUMNS,
      fields: [],
    }).querySelector('li')!;
    expect(li.querySelector('a')).toBeNull();
    expect(li.querySelector('h3')!.textContent).toBe('创业服务 · 创业担保贷款');
    expect(li.querySelector('.change__meta')!.textContent).toBe('领域：就业　编号：jiuye-x02');
    expect(li.querySelector('table')).toBeNull();
  });
});
