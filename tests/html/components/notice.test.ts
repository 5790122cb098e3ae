// components/notice: a short notice with a link (what changed since the previous publication).
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../support/component.js';

describe('components/notice', () => {
  it('is a paragraph of text ending with its link', () => {
    const p = renderComponent('components/notice', {
      text: '与上一版本相比：新增 1 项。',
      linkText: '查看更新记录',
      href: 'changes.html',
    }).querySelector('p.notice')!;
    expect(p.textContent).toBe('与上一版本相比：新增 1 项。查看更新记录');
    expect([p.querySelector('a')!.getAttribute('href'), p.querySelector('a')!.textContent]).toEqual(['changes.html', '查看更新记录']);
  });
});
