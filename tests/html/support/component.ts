// Render one built-in template on its own, with the params its comment documents, into a DOM.
import { JSDOM } from 'jsdom';
import { createRenderer } from '../../../src/export/html/render.js';
import { loadTemplateSet } from '../../../src/export/html/template-set.js';

const renderer = createRenderer(loadTemplateSet(undefined, process.cwd()));

export function renderHtml(name: string, params: unknown): string {
  return renderer.render(name, params as object);
}

/** The rendered markup inside a <body> (table parts inside a <table>), as a DOM element. */
export function renderComponent(name: string, params: unknown): HTMLElement {
  return JSDOM.fragment(`<div>${renderHtml(name, params)}</div>`).firstElementChild as HTMLElement;
}
