// components/search-form: a labelled GET form to the search page; on a city's site, with the
// regions to search in as a labelled select sent as ?region=.
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../support/component.js';

const PARAMS = {
  action: 'search.html',
  inputId: 'q',
  hintId: 'q-hint',
  label: '搜索公开事项',
  hint: '如：户口',
  scopeId: 'q-scope',
  scopes: [],
};

describe('components/search-form', () => {
  it('is a GET search form whose input is labelled and described by the hint', () => {
    const form = renderComponent('components/search-form', PARAMS).querySelector('form')!;
    expect([form.getAttribute('action'), form.getAttribute('method'), form.getAttribute('role')]).toEqual(['search.html', 'get', 'search']);
    const input = form.querySelector('input')!;
    expect([input.id, input.name, input.type, input.getAttribute('aria-describedby')]).toEqual(['q', 'q', 'search', 'q-hint']);
    expect(form.querySelector('label[for=q]')!.textContent).toBe('搜索公开事项');
    expect(form.querySelector('#q-hint')!.textContent).toBe('如：户口');
    expect(form.querySelector('button[type=submit]')!.textContent).toBe('搜索');
    // A county has nothing to choose.
    expect(form.querySelector('select')).toBeNull();
  });

  it('offers the scopes of a city as a labelled select named region, before the query', () => {
    const scopes = [
      { value: '', text: '全部地区', selected: false },
      { value: 'dongshan', text: '东山县', selected: true },
    ];
    const form = renderComponent('components/search-form', { ...PARAMS, action: '../../search.html', scopes }).querySelector('form')!;
    const select = form.querySelector('select')!;
    expect([select.id, select.name]).toEqual(['q-scope', 'region']);
    expect(form.querySelector('label[for=q-scope]')!.textContent).toBe('搜索范围');
    expect([...select.options].map((o) => [o.value, o.textContent, o.hasAttribute('selected')])).toEqual([
      ['', '全部地区', false],
      ['dongshan', '东山县', true],
    ]);
    // In keyboard order: where, then what.
    expect([...form.querySelectorAll('select, input, button')].map((el) => el.tagName)).toEqual(['SELECT', 'INPUT', 'BUTTON']);
  });
});
