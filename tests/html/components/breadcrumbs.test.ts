// components/breadcrumbs: the pages above this one, then this page marked as current.
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../support/component.js';

describe('components/breadcrumbs', () => {
  it('is a labelled navigation list ending with the current page, not linked', () => {
    const nav = renderComponent('components/breadcrumbs', {
      links: [{ text: '首页', href: 'index.html' }],
      current: '社会救助',
    }).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('当前位置');
    const items = [...nav.querySelectorAll('ol > li')];
    expect(
      items.map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null, li.getAttribute('aria-current')]),
    ).toEqual([
      ['首页', 'index.html', null],
      ['社会救助', null, 'page'],
    ]);
  });
});
