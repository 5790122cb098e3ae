// Every domain rule against its fixture: tests/fixtures/rules/directories/<slug>*.yaml carries the
// expected findings inline (`# expect: <rule> <text>`) and lines that must stay silent (`# ok`).
// Each file is linted on its own, in a county workspace with a units registry.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { RULES } from '../../src/rules/index.js';
import { publishedUrl } from '../../src/core/version.js';
import { compareToExpectations, readExpectations, readOkLines } from '../helpers/expectations.js';
import { fixture } from '../helpers/cli.js';

const root = fixture('rules');
const dir = join(root, 'directories');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
/** Rules off by default (a workspace turns them on): each is turned on for its own fixture. */
const OFF_BY_DEFAULT = RULES.filter((r) => r.meta.severity === 'off').map((r) => r.meta.slug);
const ownRuleOn = (name: string) =>
  Object.fromEntries(
    OFF_BY_DEFAULT.filter((slug) => name === `${slug}.yaml` || name.startsWith(`${slug}-`)).map((slug) => [slug, 'warn' as const]),
  );

/**
 * Rules reported by the pipeline itself rather than by a rule's check (`import` only on tables:
 * tests/lint/submission.test.ts; `file-access` on links and files not read: tests/lint/symlinks.test.ts).
 */
const CORE = new Set(['yaml-syntax', 'schema', 'encoding', 'import', 'file-access']);
/** Rules about a whole workspace (its files together, its config), tested on workspaces: tests/lint/build-refusals.test.ts, tests/coverage. */
const WORKSPACE_ONLY = new Set(['domain-coverage', 'domain-file', 'config-files']);

describe('rule fixtures', () => {
  it.each(files)('%s', async (name) => {
    const path = join(dir, name);
    const result = await lint({ targets: [path], cwd: root, rules: ownRuleOn(name) });
    expect(compareToExpectations(result.findings, readExpectations(path))).toEqual([]);
    // Every fixture also shows what must not fire, and nothing fires there.
    const ok = readOkLines(path);
    expect(ok.length).toBeGreaterThan(0);
    expect(result.findings.filter((f) => ok.includes(f.line)).map((f) => `${f.line} ${f.rule}`)).toEqual([]);
  });

  it('has a fixture with expectations for every rule', () => {
    for (const rule of RULES.filter((r) => !CORE.has(r.meta.slug) && !WORKSPACE_ONLY.has(r.meta.slug))) {
      const own = files.filter((f) => f === `${rule.meta.slug}.yaml` || f.startsWith(`${rule.meta.slug}-`));
      expect(own, rule.meta.slug).not.toHaveLength(0);
      const expected = own.flatMap((f) => readExpectations(join(dir, f))).filter((e) => e.rule === rule.meta.slug);
      expect(expected.length, rule.meta.slug).toBeGreaterThan(0);
    }
  });

  it('reports in English with --lang en', async () => {
    const result = await lint({ targets: [join(dir, 'channel-vocabulary.yaml')], cwd: root, lang: 'en' });
    expect(result.findings[0]!.message).toBe('item "jiuye-01-01": channel "政府服务中心" is a common misspelling; write "政务服务中心"');
  });

  it('links a finding to its rule page only by an absolute address, under the homepage', async () => {
    const result = await lint({ targets: [join(dir, 'timeframe-format.yaml')], cwd: root });
    expect(result.findings.length).toBeGreaterThan(0);
    // package.json names no homepage: no address, rather than a path that is not in the package.
    for (const f of result.findings) expect(f.docsUrl).toBe(publishedUrl(`docs/rules/${f.rule}.md`));
    expect(publishedUrl('docs/rules/ditto.md', undefined)).toBeUndefined();
    expect(publishedUrl('docs/rules/ditto.md', 'https://github.com/someone/gkml#readme')).toBe(
      'https://github.com/someone/gkml/blob/HEAD/docs/rules/ditto.md',
    );
    expect(publishedUrl('docs/rules/ditto.md', 'https://gkml.example.org/manual/')).toBe(
      'https://gkml.example.org/manual/docs/rules/ditto.md',
    );
    expect(publishedUrl('docs/rules/ditto.md', 'docs/')).toBeUndefined();
  });

  it('offers fixes only where the rule is fixable', async () => {
    const result = await lint({
      targets: [dir],
      cwd: root,
      rules: Object.fromEntries(OFF_BY_DEFAULT.map((slug) => [slug, 'warn' as const])),
    });
    const fixable = new Set(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.slug));
    const withFix = new Set(result.findings.filter((f) => f.fix).map((f) => f.rule));
    expect([...withFix].sort()).toEqual([...fixable].sort());
  });
});
