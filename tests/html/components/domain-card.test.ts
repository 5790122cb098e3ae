// components/domain-card: a domain with its item count, linked when the workspace has it.
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../support/component.js';

describe('components/domain-card', () => {
  it('links a domain the workspace has; the link names the domain and its count', () => {
    const card = renderComponent('components/domain-card', { name: '社会救助', href: 'shehui-jiuzhu.html', countText: '18 个事项' });
    const li = card.querySelector('li.domain-card')!;
    const link = li.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('shehui-jiuzhu.html');
    expect(link.textContent).toBe('社会救助 18 个事项');
  });

  it('shows a domain without a directory as text, not a link', () => {
    const card = renderComponent('components/domain-card', { name: '扶贫', href: null, countText: '暂未编制' });
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('li')!.textContent!.trim()).toBe('扶贫 暂未编制');
  });

  it('requires the params it prints (strict mode)', () => {
    // @ts-expect-error: a param left out, which strict mode must refuse
    expect(() => renderComponent('components/domain-card', { href: null, countText: '' })).toThrow(/"name" not defined/);
  });
});
