// Render one built-in template on its own, with the params its view type declares
// (src/export/html/templates.ts), into a DOM.
import { JSDOM } from 'jsdom';
import { createRenderer } from '../../../src/export/html/render.js';
import { loadTemplateSet } from '../../../src/export/html/template-set.js';
import type { TemplateName, TemplateParams } from '../../../src/export/html/templates.js';

const renderer = createRenderer(loadTemplateSet(undefined, process.cwd()));

export function renderHtml<T extends TemplateName>(name: T, params: TemplateParams[T]): string {
  return renderer.render(name, params);
}

/** The rendered markup inside a <body> (table parts inside a <table>), as a DOM element. */
export function renderComponent<T extends TemplateName>(name: T, params: TemplateParams[T]): HTMLElement {
  return JSDOM.fragment(`<div>${renderHtml(name, params)}</div>`).firstElementChild as HTMLElement;
}
