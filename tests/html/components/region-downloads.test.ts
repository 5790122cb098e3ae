// components/region-downloads: a table of each region's files, a column per format, each link
// naming its region for screen readers; labels shortened to the file's kind.
import { describe, expect, it } from 'vitest';
import { regionDownloads } from '../../../src/export/html/components/region-downloads.js';
import { renderComponent } from '../support/component.js';

const files = (slug: string) => [
  { href: 'downloads/directory.xlsx', label: 'Excel 工作簿（全部领域，可打印）', format: 'XLSX', size: '20.1 KB' },
  { href: 'downloads/directory.json', label: 'JSON 数据（完整目录，供其他系统使用）', format: 'JSON', size: `${slug.length}.0 KB` },
];

describe('components/region-downloads', () => {
  it('has a row per region and a column per format, with hrefs from the site root', () => {
    const view = regionDownloads([
      { name: '甲县', folder: 'regions/jia/', files: files('jia') },
      { name: '<乙>县', folder: 'regions/yi/', files: files('yi') },
    ]);
    const table = renderComponent('components/region-downloads', view).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('各地区的目录文件');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['地区', 'XLSX', 'JSON']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th[scope=row]')!.textContent,
      ...[...tr.querySelectorAll('td a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`),
    ]);
    expect(rows).toEqual([
      [
        '甲县',
        'regions/jia/downloads/directory.xlsx 甲县 Excel 工作簿（20.1 KB）',
        'regions/jia/downloads/directory.json 甲县 JSON 数据（3.0 KB）',
      ],
      // A name is text, never markup.
      [
        '<乙>县',
        'regions/yi/downloads/directory.xlsx <乙>县 Excel 工作簿（20.1 KB）',
        'regions/yi/downloads/directory.json <乙>县 JSON 数据（2.0 KB）',
      ],
    ]);
  });

  it('has no columns when no region has files', () => {
    expect(regionDownloads([]).formats).toEqual([]);
  });
});
