// What build refuses, lint reports: every way a workspace's own files make `gkml build` stop is a
// lint error first, so that a clean lint never ends in a failed publication. Each case is a copy of
// the demo county with one defect; the build of each refuses and lint of each exits 1 at the place.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-refusals-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function county(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(REPO, 'examples/demo-county'), dir, { recursive: true });
  return dir;
}

const appendConfig = (dir: string, text: string) =>
  writeFileSync(join(dir, 'gkml.config.yaml'), readFileSync(join(dir, 'gkml.config.yaml'), 'utf8') + text);

/** The 就业 items split over two files of the same domain. */
function splitDomain(dir: string): void {
  const path = join(dir, 'directories/jiuye.yaml');
  const [head, items] = readFileSync(path, 'utf8').split('items:\n') as [string, string];
  const entries = items.split(/^(?= {2}- id: )/m).filter((e) => e.trim());
  writeFileSync(path, `${head}items:\n${entries.slice(0, 2).join('')}`);
  writeFileSync(join(dir, 'directories/jiuye-more.yaml'), `${head}items:\n${entries.slice(2).join('')}`);
}

const CASES: [string, (dir: string) => void, string][] = [
  ['two files of one domain', splitDomain, 'domain-file'],
  ['a logo that is not there', (d) => appendConfig(d, 'site:\n  logo: 县徽.png\n'), 'config-files'],
  ['a logo outside the workspace', (d) => appendConfig(d, 'site:\n  logo: ../logo.png\n'), 'config-files'],
  [
    'a logo that is not an image',
    (d) => {
      writeFileSync(join(d, 'logo.png'), 'not a picture');
      appendConfig(d, 'site:\n  logo: logo.png\n');
    },
    'config-files',
  ],
  ['a synonyms file that is not there', (d) => appendConfig(d, 'search:\n  synonyms: 同义词.yaml\n'), 'config-files'],
  [
    'a synonyms file of the wrong shape',
    (d) => {
      writeFileSync(join(d, 'syn.yaml'), 'groups: [低保]\n');
      appendConfig(d, 'search:\n  synonyms: syn.yaml\n');
    },
    'config-files',
  ],
  ['a templates folder that is not there', (d) => appendConfig(d, 'templates: 模板\n'), 'config-files'],
  [
    'one item id in two domains',
    (d) => {
      const path = join(d, 'directories/shehui-jiuzhu.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('id: shehui-jiuzhu-01-01', 'id: jiuye-01-01'));
    },
    'duplicate-item',
  ],
];

describe('what build refuses, lint reports', () => {
  it('the demo county itself builds and lints clean', async () => {
    const dir = county('clean');
    expect((await runCli(['lint', dir, '-q'])).code).toBe(0);
    expect((await runCli(['build', dir, '--out', join(scratch, 'clean-out'), '--only', 'html', '-q'])).code).toBe(0);
  });

  it.each(CASES)('%s', async (name, spoil, rule) => {
    const dir = county(name.replace(/\s+/g, '-'));
    spoil(dir);
    const build = await runCli(['build', dir, '--out', join(scratch, `${name}-out`), '-q']);
    expect(build.code, build.stderr).not.toBe(0);
    const lint = await runCli(['lint', dir, '-f', 'json']);
    expect(lint.code).toBe(1);
    const rules = (JSON.parse(lint.stdout) as { findings: { rule: string; severity: string }[] }).findings
      .filter((f) => f.severity === 'error')
      .map((f) => f.rule);
    expect(rules).toContain(rule);
  });
});
