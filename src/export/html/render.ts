// Page rendering: one isolated Handlebars environment per build (never the global one), strict
// mode (a misspelt field is an error, not an empty cell), only the built-in helpers (the view
// model carries display-ready values), and HTML escaping of every value: a template with raw
// output is refused when it is compiled.
import Handlebars from 'handlebars';
import { GkmlError } from '../../core/errors.js';
import { BUILD } from '../../i18n/catalogue/build.js';
import { msg } from '../../i18n/messages.js';
import type { TemplateSet, TemplateSource } from './template-set.js';
import type { TemplateName, TemplateParams } from './templates.js';

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  // Only if/unless/each/with/lookup/log: an unknown helper name is a compile error.
  knownHelpersOnly: true,
  // A partial's output is not re-indented, so whitespace does not depend on where it is called.
  preventIndent: true,
};

export interface Renderer {
  /** Render a template (a page, or a component with its params) by name. */
  render<T extends TemplateName>(name: T, view: TemplateParams[T]): string;
}

/** Handlebars errors end with ` - line:column` (runtime) or start `Parse error on line N:` (syntax). */
function failure(template: TemplateSource, err: unknown): GkmlError {
  const full = (err as Error).message;
  const at = / - (\d+):(\d+)$/.exec(full) ?? /^Parse error on line (\d+)/.exec(full);
  const message = full
    .split('\n')[0]!
    .replace(/ - \d+:\d+$/, '')
    .replace(' in [object Object]', '');
  return new GkmlError(msg(BUILD.templateError, { detail: message }), {
    file: template.file,
    ...(at ? { line: Number(at[1]), column: at[2] ? Number(at[2]) + 1 : 1 } : {}),
  });
}

/**
 * Escaping stays on for every value: a mustache that prints raw HTML ({{{ }}}, {{& }}, and their
 * whitespace-control forms such as {{~{ }}}) is refused, built-in or overridden. Read from the
 * parsed template, so no spelling of it slips past.
 */
function refuseRawOutput(template: TemplateSource, ast: hbs.AST.Program): void {
  let raw: hbs.AST.MustacheStatement | undefined;
  class RawOutput extends Handlebars.Visitor {
    override MustacheStatement(mustache: hbs.AST.MustacheStatement): void {
      if (!mustache.escaped) raw ??= mustache;
      super.MustacheStatement(mustache);
    }
  }
  new RawOutput().accept(ast);
  if (!raw) return;
  throw new GkmlError(
    msg(BUILD.unescapedOutput, { triple: '{{{ }}}', ampersand: '{{& }}' }),
    // Handlebars counts columns from 0.
    { file: template.file, line: raw.loc.start.line, column: raw.loc.start.column + 1 },
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
    let ast: hbs.AST.Program;
    try {
      ast = hb.parse(template.source); // compile() is lazy; parse now so syntax errors name their file
    } catch (err) {
      throw failure(template, err);
    }
    refuseRawOutput(template, ast);
    const fn = guarded(template, hb.compile(template.source, COMPILE_OPTIONS));
    compiled.set(template.name, fn);
    // Every template can be used as a partial by its name: {{> components/item-table table}}.
    hb.registerPartial(template.name, fn);
  }
  return {
    render(name, view) {
      const fn = compiled.get(name);
      if (!fn) throw new GkmlError(msg(BUILD.missingTemplate, { name }));
      return fn(view);
    },
  };
}
