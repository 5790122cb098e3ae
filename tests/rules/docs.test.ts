// The rule documentation and the config schema are generated from the rule metadata; the committed
// copies must match the code (run `npm run docs` after changing a rule), and each page's examples
// must be true: the bad one fires its rule, the good one does not.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaText } from '../../src/rules/support/schemas.js';
import { lint } from '../../src/lint/lint.js';
import { DOMAINS } from '../../src/model/domains.js';
import { ruleDocs } from '../../src/rules/support/docs.js';
import { RULES } from '../../src/rules/index.js';
import { REPO, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generated files are up to date (npm run docs)', () => {
  it('docs/rules has exactly the generated pages', () => {
    const dir = join(REPO, 'docs/rules');
    const pages = ruleDocs();
    expect(readdirSync(dir).sort()).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
  });

  it.each(['config', 'units'])('schemas/%s.schema.json', (name) => {
    expect(readFileSync(join(REPO, `schemas/${name}.schema.json`), 'utf8')).toBe(schemaText(name));
  });

  it('the config schema lists every rule', () => {
    const schema = JSON.parse(schemaText('config')) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULES.map((r) => r.meta.slug));
  });
});

describe('gkml rules', () => {
  it('lists every rule with code, severity and whether it is fixable', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length + 2);
    for (const [i, r] of RULES.entries()) {
      expect(lines[i + 2]).toMatch(new RegExp(`^${r.meta.code} +${r.meta.slug} +${r.meta.severity} +${r.meta.fixable ? '✓' : ' '}`));
      expect(lines[i + 2]).toContain(r.meta.description.zh);
    }
  });

  it('gives every rule a short title of its own, in both languages (what gkml status names it by)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const titles = RULES.map((r) => r.meta.title[lang]);
      expect(new Set(titles).size, lang).toBe(RULES.length);
      expect(
        titles.filter((t) => t.length === 0 || t.length > 30),
        lang,
      ).toEqual([]);
    }
  });

  it('-f json gives the metadata', async () => {
    const rules = JSON.parse((await runCli(['rules', '-f', 'json'])).stdout) as {
      slug: string;
      code: string;
      fixable: boolean;
      docsUrl: string;
      description: { en: string };
    }[];
    expect(rules.map((r) => r.slug)).toEqual(RULES.map((r) => r.meta.slug));
    expect(rules.find((r) => r.slug === 'outline-number')).toMatchObject({ code: 'GK143', fixable: true });
    expect(rules.every((r) => r.docsUrl === undefined || /^https?:\/\//.test(r.docsUrl))).toBe(true);
  });

  it('gkml rules <slug|code> prints the page in the terminal, in the chosen language', async () => {
    const zh = await runCli(['rules', 'channel-vocabulary']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^channel-vocabulary \(GK101\)\n/);
    expect(zh.stdout).toContain('为什么');
    expect(zh.stdout).toContain('    rules:\n      channel-vocabulary: warn');
    const en = await runCli(['rules', 'GK142', '--lang', 'en']);
    expect(en.stdout).toMatch(/^ditto \(GK142\)\n\na field that says 同上/);
    expect(en.stdout).not.toMatch(/为什么|会报告/);
    const typo = await runCli(['rules', 'chanel-vocabulary']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('是否想输入 channel-vocabulary？');
  });

  it('--write-docs writes the pages', async () => {
    const out = join(scratch, 'pages');
    mkdirSync(out);
    writeFileSync(join(out, 'gone-rule.md'), 'stale');
    const run = await runCli(['rules', '--write-docs', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...ruleDocs().keys()].sort());
  });

  it('rejects an unknown format', async () => {
    expect((await runCli(['rules', '-f', 'xml'])).code).toBe(2);
  });
});

/** Item fields the examples leave out, so that each example is a complete county file (an item without l2 has no 二级事项). */
const DEFAULTS: Record<string, string> = {
  content: '[公开内容]',
  basis: '[《中华人民共和国政府信息公开条例》(国务院令第711号)]',
  timeframe: '信息形成或者变更之日起20个工作日内',
  owner: '示例县人力资源和社会保障局',
  channels: '[政府网站]',
  audience: '全社会',
  mode: '[主动]',
  level: '[县级]',
};

/** An example fragment (`items:` …) completed into a county directory file, comments kept. */
function complete(example: string): string {
  const id = /- id: ([a-z-]+?)-\d\d-\d\d/.exec(example)![1]!;
  const domain = DOMAINS.find((d) => d.id === id)!;
  const blocks = example.split(/(?=^ {2}- id:)/m);
  const items = blocks.slice(1).map((block) => {
    const missing = Object.keys(DEFAULTS).filter((k) => !new RegExp(`^ {4}${k}:`, 'm').test(block));
    return block.trimEnd() + '\n' + missing.map((k) => `    ${k}: ${DEFAULTS[k]}\n`).join('');
  });
  return `domain: ${domain.id}\nname: ${domain.name}\n${blocks[0]}${items.join('')}`;
}

const withItems = RULES.filter((r) => r.meta.examples && /^items:/m.test(r.meta.examples.bad));

describe('docs examples are true', () => {
  const ws = join(scratch, 'examples');
  mkdirSync(join(ws, 'directories'), { recursive: true });
  writeFileSync(
    join(ws, 'gkml.config.yaml'),
    'region: 示例县\nlevel: county\npublisher: 示例县人民政府办公室\nversion: "1"\ndate: 2026-06-30\nunits: units.yaml\n',
  );
  writeFileSync(join(ws, 'units.yaml'), 'units:\n  - name: 示例县人力资源和社会保障局\n  - name: 示例县公安局\n    roles: [公安机关]\n');

  it('covers the rules with item examples', () => {
    expect(withItems.length).toBeGreaterThan(15);
  });

  it.each(withItems.map((r) => [r.meta.slug, r] as const))('%s', async (slug, rule) => {
    for (const [kind, fires] of [
      ['bad', true],
      ['good', false],
    ] as const) {
      const path = join(ws, 'directories', `${slug}-${kind}.yaml`);
      writeFileSync(path, complete(rule.meta.examples![kind]));
      // A rule off by default is shown as a workspace that turns it on sees it.
      const result = await lint({ targets: [path], cwd: ws, rules: rule.meta.severity === 'off' ? { [slug]: 'warn' } : undefined });
      const own = result.findings.filter((f) => f.rule === slug);
      expect(own.length > 0, `${kind}: ${result.findings.map((f) => `${f.rule} ${f.message}`).join('\n')}`).toBe(fires);
    }
  });
});
