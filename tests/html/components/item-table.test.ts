// components/item-table: the official two-row header with colgroup scopes, one row per item
// anchored by its id and named by a row header, marks as words, labels for the phone cards.
import { describe, expect, it } from 'vitest';
import { itemTable } from '../../../src/export/html/components/item-table.js';
import type { PublishedItem } from '../../../src/model/compendium.js';
import { optionalColumns } from '../../../src/model/table-layout.js';
import { renderComponent } from '../support/component.js';

function item(over: Partial<PublishedItem> & { id: string }): PublishedItem {
  return {
    seq: 1,
    l1: '最低生活保障',
    l2: '办事指南',
    content: ['申请条件', '申请材料'],
    basis: ['《社会救助暂行办法》(国务院令第649号)'],
    timeframe: '10个工作日内',
    owner: '示例县民政局',
    channels: [{ name: '政府网站' }],
    audience: { society: true, specific: false },
    mode: { active: true, onRequest: false },
    level: ['县级'],
    notes: {},
    data: { id: over.id, l1: over.l1 ?? '最低生活保障' },
    ...over,
  };
}

const ITEMS = [
  item({
    id: 'a-01-01',
    channels: [{ name: '政府网站' }, { name: '其他', text: '微信公众号' }, { name: '其他' }, { name: '其他', text: '办税服务厅' }],
    notes: { 咨询电话: '0000-1234567' },
  }),
  item({
    id: 'a-01-02',
    seq: 2,
    l2: '审核确认结果',
    l3: '公示',
    audience: { society: false, specific: true, group: '申请人所在村居民' },
    level: ['乡级', '村级'],
  }),
  item({ id: 'a-02-00', seq: 3, l1: '临时救助', l2: '', mode: { active: true, onRequest: true }, content: [], basis: [] }),
];

const render = () =>
  renderComponent(
    'components/item-table',
    itemTable('示例县社会救助领域基层政务公开标准目录', ITEMS, optionalColumns(ITEMS, ['县级', '乡级'])),
  );

describe('components/item-table', () => {
  it('is a captioned table in a focusable region labelled by the caption', () => {
    const root = render();
    const region = root.querySelector('.table-scroll')!;
    expect([region.getAttribute('role'), region.getAttribute('tabindex'), region.getAttribute('aria-labelledby')]).toEqual([
      'region',
      '0',
      'items-caption',
    ]);
    expect(root.querySelector('table > caption#items-caption')!.textContent).toBe('示例县社会救助领域基层政务公开标准目录');
  });

  it('groups headers over colgroups of the same span; columns appear only when the data needs them', () => {
    const root = render();
    const [top, second] = [...root.querySelectorAll('thead tr')];
    const header = (tr: Element) =>
      [...tr.children].map((th) => `${th.textContent}|${th.getAttribute('scope')}|${th.getAttribute('colspan') ?? 1}`);
    expect(header(top!)).toEqual([
      '序号|col|1',
      '公开事项|colgroup|3',
      '公开内容(要素)|col|1',
      '公开依据|col|1',
      '公开时限|col|1',
      '公开主体|col|1',
      '公开渠道和载体|col|1',
      '公开对象|colgroup|2',
      '公开方式|colgroup|2',
      '公开层级|colgroup|3',
      '咨询电话|col|1',
    ]);
    // 三级事项 because one item has l3; 村级 because an item uses it beyond the configured labels.
    expect(header(second!)).toEqual(
      ['一级事项', '二级事项', '三级事项', '全社会', '特定群体', '主动', '依申请', '县级', '乡级', '村级'].map((t) => `${t}|col|1`),
    );
    expect([...root.querySelectorAll('colgroup')].map((g) => Number(g.getAttribute('span') ?? 1))).toEqual([
      1, 3, 1, 1, 1, 1, 1, 2, 2, 3, 1,
    ]);
  });

  it('anchors each row by the item id and names it by its most specific name as the row header', () => {
    const rows = [...render().querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.id)).toEqual(['a-01-01', 'a-01-02', 'a-02-00']);
    expect(rows.map((r) => [...r.querySelectorAll('th')].map((th) => `${th.getAttribute('scope')}:${th.textContent}`))).toEqual([
      ['rowgroup:最低生活保障', 'row:办事指南'],
      ['row:公示'],
      ['row:临时救助'],
    ]);
    expect(rows.map((r) => r.querySelector('td a')!.getAttribute('href'))).toEqual(['#a-01-01', '#a-01-02', '#a-02-00']);
    for (const row of rows) expect(row.children).toHaveLength(17);
  });

  it('shows a run of one 一级事项 once, merged down as the header of its own row group, repeated for the phone cards only', () => {
    const root = render();
    const groups = [...root.querySelectorAll('tbody')];
    expect(groups.map((g) => [...g.querySelectorAll('tr')].map((r) => r.id))).toEqual([['a-01-01', 'a-01-02'], ['a-02-00']]);
    const merged = groups[0]!.querySelector('tr:first-child > th[scope="rowgroup"]')!;
    expect([merged.textContent, merged.getAttribute('rowspan'), merged.getAttribute('data-label')]).toEqual([
      '最低生活保障',
      '2',
      '一级事项',
    ]);
    // The later row: the name again as a plain cell the stylesheet shows on phones only, never a second header.
    const repeated = groups[0]!.querySelector('tr:nth-child(2) > .item-table__name--repeated')!;
    expect([repeated.tagName, repeated.textContent, repeated.getAttribute('data-label')]).toEqual(['TD', '最低生活保障', '一级事项']);
    expect(groups[0]!.querySelectorAll('.item-table__name--repeated, [rowspan]')).toHaveLength(2);
    // A lone item keeps its one-row markup: its 一级事项 spans the name columns, no rowspan.
    expect(groups[1]!.querySelector('[rowspan], .item-table__name--repeated')).toBeNull();
  });

  it('writes marks as √ on screen, 是 / 否 for screen readers (the √ hidden from them), and the named group', () => {
    const [first, second, third] = [...render().querySelectorAll('tbody tr')];
    const marks = (row: Element) => [...row.querySelectorAll('.mark')].map((td) => `${td.getAttribute('data-label')}=${td.textContent}`);
    expect(marks(first!)).toEqual([
      '公开对象：全社会=√是',
      '公开对象：特定群体=否',
      '公开方式：主动=√是',
      '公开方式：依申请=否',
      '公开层级：县级=√是',
      '公开层级：乡级=否',
      '公开层级：村级=否',
    ]);
    expect(marks(second!).slice(0, 2)).toEqual(['公开对象：全社会=否', '公开对象：特定群体=√是申请人所在村居民']);
    expect(marks(third!)[3]).toBe('公开方式：依申请=√是');
    // On screen only the √: 是 and 否 are for screen readers.
    for (const word of render().querySelectorAll('.mark--yes > span:nth-child(2), .mark--no > span'))
      expect(word.className).toBe('visually-hidden');
    for (const glyph of first!.querySelectorAll('.mark--yes > span:first-child')) {
      expect([glyph.textContent, glyph.getAttribute('aria-hidden')]).toEqual(['√', 'true']);
    }
    for (const no of first!.querySelectorAll('.mark--no > span')) expect(no.className).toBe('visually-hidden');
  });

  it('lists content, basis and channels (each 其他 with its own text), and labels every cell for phone cards', () => {
    const [first, , third] = [...render().querySelectorAll('tbody tr')];
    const list = (row: Element, cls: string) => [...row.querySelectorAll(`.${cls} li`)].map((li) => li.textContent);
    expect(list(first!, 'item-table__content')).toEqual(['申请条件', '申请材料']);
    expect(list(first!, 'item-table__channels')).toEqual(['政府网站', '其他：微信公众号', '其他', '其他：办税服务厅']);
    expect(first!.querySelector('[data-label="咨询电话"]')!.textContent).toBe('0000-1234567');
    // Empty cells are empty (hidden on phones), not an empty list.
    expect(third!.querySelector('.item-table__content')!.innerHTML).toBe('');
    expect(third!.querySelector('[data-label="二级事项"]')!.innerHTML).toBe('');
    expect([...first!.children].map((c) => c.getAttribute('data-label'))).toEqual([
      '序号',
      '一级事项',
      '二级事项',
      '三级事项',
      '公开内容(要素)',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开对象：全社会',
      '公开对象：特定群体',
      '公开方式：主动',
      '公开方式：依申请',
      '公开层级：县级',
      '公开层级：乡级',
      '公开层级：村级',
      '咨询电话',
    ]);
  });

  it('labels an item changed since the previous publication in words, linked to its changelog entry', () => {
    const marks = new Map([['a-01-02', { text: '本次更新', detail: '：查看“审核确认结果”的变化', href: 'changes.html#change-a-01-02' }]]);
    const rows = [
      ...renderComponent(
        'components/item-table',
        itemTable('示例县社会救助领域基层政务公开标准目录', ITEMS, optionalColumns(ITEMS, ['县级']), marks),
      ).querySelectorAll('tbody tr'),
    ];
    expect(rows.map((r) => r.querySelectorAll('.change-mark').length)).toEqual([0, 1, 0]);
    const mark = rows[1]!.querySelector('.item-table__seq a.change-mark')!;
    expect(mark.getAttribute('href')).toBe('changes.html#change-a-01-02');
    // Seen: 本次更新; heard: the item it is about, too.
    expect(mark.firstChild!.textContent).toBe('本次更新');
    expect(mark.querySelector('.visually-hidden')!.textContent).toBe('：查看“审核确认结果”的变化');
    expect(rows[1]!.querySelector('.item-table__seq a')!.getAttribute('href')).toBe('#a-01-02');
  });
});
