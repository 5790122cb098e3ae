// Page rendering: one isolated Handlebars environment per build (never the global one), strict
// mode (a misspelt field is an error, not an empty cell), only the built-in helpers (the view
// model carries display-ready values), and HTML escaping of every value (raw output is refused
// when the templates are loaded, see template-set.ts).
import Handlebars from 'handlebars';
import { GkmlError } from '../../util/errors.js';
import type { TemplateSet, TemplateSource } from './template-set.js';

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  // Only if/unless/each/with/lookup/log: an unknown helper name is a compile error.
  knownHelpersOnly: true,
  // A partial's output is not re-indented, so whitespace does not depend on where it is called.
  preventIndent: true,
};

export interface Renderer {
  /** Render a template (a page, or a component with its params) by name. */
  render(name: string, view: object): string;
}

/** Handlebars errors end with ` - line:column` (runtime) or start `Parse error on line N:` (syntax). */
function failure(template: TemplateSource, err: unknown): GkmlError {
  const full = (err as Error).message;
  const at = / - (\d+):(\d+)$/.exec(full) ?? /^Parse error on line (\d+)/.exec(full);
  const message = full.split('\n')[0]!.replace(/ - \d+:\d+$/, '').replace(' in [object Object]', '');
  return new GkmlError(
    { zh: `网页模板出错：${message}`, en: `template error: ${message}` },
    { file: template.file, ...(at ? { line: Number(at[1]), column: at[2] ? Number(at[2]) + 1 : 1 } : {}) },
  );
}

/** The template, failing with a GkmlError that names its own file (the innermost partial's, when nested). */
function guarded(template: TemplateSource, fn: HandlebarsTemplateDelegate): HandlebarsTemplateDelegate {
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (err) {
      throw err instanceof GkmlError ? err : failure(template, err);
    }
  };
}

export function createRenderer(set: TemplateSet): Renderer {
  const hb = Handlebars.create();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const template of set.templates.values()) {
    try {
      hb.parse(template.source); // compile() is lazy; parse now so syntax errors name their file
    } catch (err) {
      throw failure(template, err);
    }
    const fn = guarded(template, hb.compile(template.source, COMPILE_OPTIONS));
    compiled.set(template.name, fn);
    // Every template can be used as a partial by its name: {{> components/item-table table}}.
    hb.registerPartial(template.name, fn);
  }
  return {
    render(name, view) {
      const fn = compiled.get(name);
      if (!fn) throw new GkmlError({ zh: `缺少网页模板：${name}.hbs`, en: `missing template: ${name}.hbs` });
      return fn(view);
    },
  };
}
