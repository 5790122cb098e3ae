// Templates: a workspace's `templates` folder overrides built-in files by name and adds its own;
// escaping cannot be switched off (triple-stash refused, built-in or override); strict mode and
// known helpers only; the search tokenizer cannot be replaced; every problem is one clear error.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/publish/build.js';
import { GkmlError } from '../../src/core/errors.js';
import { BUILTIN_TEMPLATES } from '../../src/export/html/tokenizer.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { filesUnder } from './support/site.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-templates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the clean fixture whose config points at `templates/` holding the given files. */
function workspaceWith(files: Record<string, string>): string {
  const ws = mkdtempSync(join(scratch, 'ws-'));
  cpSync(fixture('clean'), ws, { recursive: true });
  writeFileSync(join(ws, 'gkml.config.yaml'), readFileSync(join(ws, 'gkml.config.yaml'), 'utf8') + 'templates: county-templates\n');
  for (const [rel, text] of Object.entries(files)) {
    const path = join(ws, 'county-templates', rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return ws;
}

async function buildFails(ws: string): Promise<GkmlError> {
  const out = join(ws, '..', `${ws.split('/').pop()}-out`);
  const error = await build({ workspace: ws, out, only: ['html'], cwd: REPO, env: {} }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GkmlError);
  // A failed build leaves nothing behind.
  expect(readdirSync(dirname(out)).filter((f) => f.includes(`${ws.split('/').pop()}-out`))).toEqual([]);
  return error as GkmlError;
}

describe('built-in templates', () => {
  it('never print unescaped values', () => {
    for (const file of filesUnder(BUILTIN_TEMPLATES).filter((f) => f.endsWith('.hbs'))) {
      const source = readFileSync(join(BUILTIN_TEMPLATES, file), 'utf8');
      expect(source, file).not.toMatch(/\{\{\{|\{\{~?\s*&/);
    }
  });

  it('document their params in a leading comment', () => {
    for (const file of filesUnder(BUILTIN_TEMPLATES).filter((f) => f.startsWith('components/'))) {
      expect(readFileSync(join(BUILTIN_TEMPLATES, file), 'utf8'), file).toMatch(
        /^\{\{!--\n {2}components\/[a-z-]+ — [^]*Params:[^]*--\}\}\n/,
      );
    }
  });
});

describe('a workspace templates folder', () => {
  it('overrides templates and assets by name and adds new ones; escaping stays on', async () => {
    const ws = workspaceWith({
      'partials/header.hbs':
        '<header class="county"><a href="{{site.home}}">{{site.region}}人民政府 · {{page.title}}</a>{{> partials/county-badge}}</header>\n',
      'partials/county-badge.hbs': '<span class="badge">{{site.publisher}}</span>\n',
      'assets/site.css': 'body { font-size: 1.25rem; }\n',
      'assets/county-logo.txt': 'logo\n',
    });
    writeFileSync(
      join(ws, 'gkml.config.yaml'),
      readFileSync(join(ws, 'gkml.config.yaml'), 'utf8').replace('region: 示例县', 'region: 示例县<i>'),
    );
    const out = join(scratch, 'override-out');
    await build({ workspace: ws, out, only: ['html'], cwd: REPO, env: {} });
    const index = readFileSync(join(out, 'site/index.html'), 'utf8');
    expect(index).toContain(
      '<header class="county"><a href="index.html">示例县&lt;i&gt;人民政府 · 示例县&lt;i&gt;基层政务公开标准目录</a><span class="badge">示例县人民政府办公室</span>',
    );
    expect(index).not.toContain('site-header');
    expect(index).toContain('class="site-footer"'); // not overridden: built-in
    expect(readFileSync(join(out, 'site/assets/site.css'), 'utf8')).toBe('body { font-size: 1.25rem; }\n');
    expect(readFileSync(join(out, 'site/assets/county-logo.txt'), 'utf8')).toBe('logo\n');
    expect(readFileSync(join(out, 'site/assets/search.js'))).toEqual(readFileSync(join(BUILTIN_TEMPLATES, 'assets/search.js')));
  });

  it.each([
    ['{{{site.title}}}', 'partials/header.hbs', 2, 4],
    ['{{& site.title}}', 'components/domain-card.hbs', 2, 4],
    ['{{~& site.title}}', 'pages/index.hbs', 2, 4],
    ['{{~{site.title}~}}', 'partials/footer.hbs', 2, 4],
    // Inside a block: the mustache itself is placed, after the 18 characters of {{#if site.title}}.
    ['{{#if site.title}}{{{site.title}}}{{/if}}', 'components/facts.hbs', 2, 22],
  ])('refuses raw output %s with the file and line', async (raw, file, line, column) => {
    const ws = workspaceWith({ [file]: `<p>ok</p>\n<p>${raw}</p>\n` });
    const error = await buildFails(ws);
    expect(error.location).toEqual({ file: expect.stringMatching(new RegExp(`county-templates/${file}$`)), line, column });
    expect(error.render('zh')).toContain('模板不能使用 {{{ }}} 或 {{& }} 输出未转义的内容');
  });

  it('refuses to replace the search tokenizer', async () => {
    const error = await buildFails(workspaceWith({ 'assets/tokenize.js': 'this.gkmlTokenize = (t) => t.split(" ");\n' }));
    expect(error.render('en')).toMatch(/county-templates\/assets\/tokenize\.js: assets\/tokenize\.js cannot be overridden/);
  });

  it('reports a missing field (strict mode), an unknown helper and a syntax error with the template file', async () => {
    const missing = await buildFails(workspaceWith({ 'partials/footer.hbs': '<footer>{{site.mayor}}</footer>\n' }));
    expect(missing.render('en')).toMatch(/county-templates\/partials\/footer\.hbs:1:11: template error: "mayor" not defined$/);
    const helper = await buildFails(workspaceWith({ 'partials/footer.hbs': '<footer>{{upper site.region}}</footer>\n' }));
    expect(helper.render('en')).toMatch(/county-templates\/partials\/footer\.hbs:1:9: template error: .*unknown helper upper$/);
    const syntax = await buildFails(workspaceWith({ 'partials/footer.hbs': '<footer>\n{{#if site.region}}\n</footer>\n' }));
    expect(syntax.render('en')).toMatch(/county-templates\/partials\/footer\.hbs:4:1: template error: Parse error on line 4:$/);
  });

  it('must exist: lint reports a missing folder (config-files), so the build stops at its gate with the same words', async () => {
    const ws = workspaceWith({});
    rmSync(join(ws, 'county-templates'), { recursive: true, force: true });
    const run = await runCli(['build', ws, '--only', 'html', '--out', join(scratch, 'missing-out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/gkml\.config\.yaml:\d+:\d+: .*找不到模板文件夹：county-templates\n$/);
  });
});
