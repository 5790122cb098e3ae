// An item without a 二级事项 (tests/fixtures/no-l2) on the site and in directory.json: one row-header
// cell spanning the name columns (colspan), announced under 公开事项 and 一级事项 only (headers), and
// no l2 in the data; nothing anywhere says "undefined".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { buildSite, filesUnder, readDom, type BuiltSite } from './support/site.js';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite(fixture('no-l2'));
});
afterAll(() => site.remove());

/** Columns a row covers: each cell's colspan. */
const width = (row: Element) => [...row.children].reduce((n, c) => n + Number(c.getAttribute('colspan') ?? 1), 0);

describe('an item without a 二级事项 on the site', () => {
  it('is one row-header cell spanning 一级事项 and 二级事项, its headers 公开事项 and 一级事项', () => {
    const doc = readDom(site.dir, 'zhengdi-buchang.html');
    for (const [id, name] of [
      ['zhengdi-buchang-03-00', '征地管理政策'],
      ['zhengdi-buchang-04-00', '征地法定公告'],
    ] as const) {
      const row = doc.getElementById(id)!;
      const names = row.querySelectorAll('.item-table__name');
      expect(names).toHaveLength(1);
      const cell = names[0]!;
      expect([
        cell.tagName,
        cell.getAttribute('scope'),
        cell.getAttribute('colspan'),
        cell.textContent,
        cell.getAttribute('data-label'),
      ]).toEqual(['TH', 'row', '2', name, '一级事项']);
      const headers = cell
        .getAttribute('headers')!
        .split(' ')
        .map((h) => doc.getElementById(h)!.textContent);
      expect(headers).toEqual(['公开事项', '一级事项']);
    }
    // Every row covers as many columns as the header's second row and its ungrouped cells.
    const columns = width(doc.querySelector('thead tr')!);
    for (const row of doc.querySelectorAll('tbody tr')) expect(width(row), row.id).toBe(columns);
    // An item with a 二级事项 keeps both cells, its 二级事项 the row header; here the first of a run,
    // its 一级事项 the header of the run's row group.
    const first = doc.getElementById('zhengdi-buchang-01-01')!;
    expect(
      [...first.querySelectorAll('.item-table__name')].map(
        (c) => `${c.tagName}:${c.getAttribute('scope')}:${c.textContent}:${c.getAttribute('colspan')}`,
      ),
    ).toEqual(['TH:rowgroup:征地审查报批:null', 'TH:row:征地报批材料:null']);
  });

  it('spans 三级事项 too when the table has that column', () => {
    const row = readDom(site.dir, 'shehui-jiuzhu.html').getElementById('shehui-jiuzhu-01-00')!;
    expect([...row.querySelectorAll('.item-table__name')].map((c) => `${c.textContent}:${c.getAttribute('colspan')}`)).toEqual([
      '政策法规:3',
    ]);
  });

  it('has no l2 in directory.json', () => {
    const json = JSON.parse(readFileSync(join(site.out, 'directory.json'), 'utf8')) as { domains: { items: Record<string, unknown>[] }[] };
    const items = json.domains.flatMap((d) => d.items);
    expect(items.filter((i) => !('l2' in i)).map((i) => i.id)).toEqual([
      'zhengdi-buchang-03-00',
      'zhengdi-buchang-04-00',
      'shehui-jiuzhu-01-00',
    ]);
    expect(items.find((i) => i.id === 'zhengdi-buchang-01-01')!.l2).toBe('征地报批材料');
  });

  it('names it by its 一级事项 in the search index, and says "undefined" nowhere', () => {
    const index = readFileSync(join(site.dir, 'search-index.js'), 'utf8');
    expect(index).toContain('"征地管理政策"');
    for (const file of filesUnder(site.dir).filter((f) => /\.(html|js)$/.test(f) && !f.startsWith('assets/'))) {
      expect(readFileSync(join(site.dir, file), 'utf8'), file).not.toContain('undefined');
    }
  });
});
