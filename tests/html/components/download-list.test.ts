// components/download-list: the files of this build, each with its format and size.
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../support/component.js';

describe('components/download-list', () => {
  it('lists each download as a link with its format and size in the link text', () => {
    const list = renderComponent('components/download-list', [
      { href: 'downloads/directory.xlsx', label: 'Excel 工作簿（全部领域，可打印）', format: 'XLSX', size: '120.5 KB' },
      { href: 'downloads/directory.json', label: 'JSON 数据', format: 'JSON', size: '406.2 KB' },
    ]);
    const links = [...list.querySelectorAll('ul.download-list > li > a')];
    expect(links.map((a) => [a.getAttribute('href'), a.hasAttribute('download'), a.textContent])).toEqual([
      ['downloads/directory.xlsx', true, 'Excel 工作簿（全部领域，可打印） （XLSX，120.5 KB）'],
      ['downloads/directory.json', true, 'JSON 数据 （JSON，406.2 KB）'],
    ]);
  });
});
