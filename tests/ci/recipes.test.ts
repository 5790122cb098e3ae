// The CI recipes in docs/ci and the pre-commit hook: each is valid YAML (or shell / Jenkinsfile),
// and every gkml command line in it is accepted by the CLI's own parser, so a renamed or removed
// flag breaks this test before it breaks someone's pipeline.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProgram } from '../../src/cli/program.js';
import { REPO } from '../helpers/cli.js';

const ci = (name: string) => readFileSync(join(REPO, 'docs/ci', name), 'utf8');

/** A command line as the shell splits it (quotes kept together, no expansion needed here). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** Parses a gkml command line the way the CLI does, without running it: undefined, or the reason it is refused. */
async function refused(line: string): Promise<string | undefined> {
  const argv = words(line).slice(1);
  const ctx = {
    stdout: () => {},
    stderr: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: REPO,
    lang: 'en' as const,
    debug: false,
    version: '0',
  };
  try {
    await buildProgram(ctx, () => {}, { parseOnly: true }).parseAsync(argv, { from: 'user' });
    return undefined;
  } catch (err) {
    return `${line}: ${(err as Error).message}`;
  }
}

/** Every string in a YAML document that runs a command: GitHub's `run`, GitLab's `script` lists. */
function commands(node: unknown): string[] {
  if (typeof node === 'string') return node.split('\n');
  if (Array.isArray(node)) return node.flatMap(commands);
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) =>
      ['run', 'script', 'before_script', 'entry'].includes(k) ? commands(v) : typeof v === 'object' ? commands(v) : [],
    );
  return [];
}

const gkmlLines = (lines: readonly string[]) => lines.map((l) => l.trim()).filter((l) => /^gkml\s/.test(l));

describe('docs/ci', () => {
  it('the GitHub workflow lints with annotations, uploads the SARIF it writes and checks coverage', async () => {
    const doc = parse(ci('github-actions.yml'));
    const lines = gkmlLines(commands(doc));
    expect(lines).toContain('gkml lint -f github -f sarif -o sarif=gkml.sarif');
    const upload = doc.jobs.lint.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload.with.sarif_file).toBe('gkml.sarif');
    expect(lines.some((l) => l.startsWith('gkml coverage --min-coverage'))).toBe(true);
    expect(doc.jobs.publish.steps.some((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
    for (const line of lines) expect(await refused(line)).toBeUndefined();
  });

  it('the GitLab job publishes -f gitlab as its Code Quality report', async () => {
    const doc = parse(ci('gitlab-ci.yml'));
    const lines = gkmlLines(commands(doc));
    const lint = lines.find((l) => l.includes('-f gitlab'))!;
    const report = /-o gitlab=(\S+)/.exec(lint)![1];
    expect(doc['gkml-lint'].artifacts.reports.codequality).toBe(report);
    for (const line of lines) expect(await refused(line)).toBeUndefined();
  });

  it('the sharded GitHub workflow: a matrix of shards, each uploading its cache, and a job assembling them all', async () => {
    const doc = parse(ci('github-actions-shards.yml'));
    const shards: number[] = doc.jobs.shard.strategy.matrix.shard;
    const build = doc.jobs.shard.steps.find((s: { run?: string }) => s.run?.startsWith('gkml build --shard'));
    expect(build.run).toBe('gkml build --shard "$SHARD" --cache-dir gkml-cache');
    expect(build.env.SHARD).toBe(`\${{ matrix.shard }}/${shards.length}`);
    const upload = doc.jobs.shard.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload.with.path).toBe('gkml-cache/');
    expect(doc.jobs.assemble.needs).toBe('shard');
    const download = doc.jobs.assemble.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/download-artifact'));
    expect(download.with).toMatchObject({ pattern: 'gkml-cache-*', path: 'gkml-cache/', 'merge-multiple': true });
    const lines = gkmlLines(commands(doc));
    expect(lines).toContain('gkml build --cache-dir gkml-cache --out dist');
    for (const line of lines) expect(await refused(line)).toBeUndefined();
  });

  it('the sharded GitLab jobs: parallel shards keeping their caches, assembled by the next stage', async () => {
    const doc = parse(ci('gitlab-ci-shards.yml'));
    expect(doc['gkml-shard'].parallel).toBeGreaterThan(1);
    expect(doc['gkml-shard'].script).toEqual(['gkml build --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL" --cache-dir gkml-cache']);
    expect(doc['gkml-shard'].artifacts.paths).toEqual(['gkml-cache/']);
    expect(doc.pages.needs).toEqual(['gkml-shard']);
    expect(doc.pages.script).toEqual(['gkml build --cache-dir gkml-cache --out public']);
    for (const line of gkmlLines(commands(doc))) expect(await refused(line)).toBeUndefined();
  });

  it('the shell script and the Jenkinsfile run gkml command lines the CLI accepts', async () => {
    const shell = gkmlLines(ci('check.sh').split('\n'));
    const jenkins = gkmlLines([...ci('Jenkinsfile').matchAll(/sh '([^']+)'/g)].map((m) => m[1]!));
    expect(shell.length).toBe(3);
    expect(jenkins.length).toBe(3);
    for (const line of [...shell, ...jenkins]) expect(await refused(line)).toBeUndefined();
  });

  it('would catch a stale flag', async () => {
    expect(await refused('gkml lint --format-old json')).toMatch(/unknown option/);
    expect(await refused('gkml lint -f xml')).toMatch(/xml/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('offers gkml-lint on the workspace files, linting the whole workspace', async () => {
    const [hook] = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      files: string;
      pass_filenames: boolean;
    }[];
    expect(hook!.id).toBe('gkml-lint');
    expect(hook!.pass_filenames).toBe(false);
    expect(await refused(hook!.entry)).toBeUndefined();
    const files = new RegExp(hook!.files);
    for (const path of ['directories/jiuye.yaml', 'ws/directories/sub/a.yml', 'gkml.config.yaml', 'ws/units.yaml'])
      expect(files.test(path), path).toBe(true);
    for (const path of ['README.md', 'src/a.yaml', 'directories.yaml']) expect(files.test(path), path).toBe(false);
  });
});

describe('docs/ci/check.sh, end to end', () => {
  // What a county's CI does: gkml from the tarball npm pack makes (not on the registry), installed
  // by the script itself into an empty prefix, then lint, coverage and the compendium.
  it('installs gkml from ci/gkml.tgz and lints, checks coverage and builds the demo county', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'gkml-check-sh-'));
    try {
      const county = join(scratch, 'county');
      cpSync(join(REPO, 'examples/demo-county'), county, { recursive: true });
      mkdirSync(join(county, 'ci'));
      const pack = spawnSync('npm', ['pack', '--pack-destination', scratch, '--json'], { cwd: REPO, encoding: 'utf8' });
      expect(pack.status, pack.stderr).toBe(0);
      cpSync(join(scratch, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename), join(county, 'ci/gkml.tgz'));
      const prefix = join(scratch, 'prefix');
      const env = {
        ...process.env,
        PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`,
        npm_config_prefix: prefix,
        npm_config_prefer_offline: 'true',
        npm_config_update_notifier: 'false',
      };
      const run = spawnSync('sh', [join(REPO, 'docs/ci/check.sh')], { cwd: county, encoding: 'utf8', env, timeout: 400_000 });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(existsSync(join(prefix, 'bin/gkml'))).toBe(true);
      expect(readFileSync(join(county, 'gkml-junit.xml'), 'utf8')).toContain('<testsuites name="gkml"');
      for (const file of ['directory.xlsx', 'directory.docx', 'directory.json', 'site/index.html'])
        expect(existsSync(join(county, 'dist', file)), file).toBe(true);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 420_000);

  it('no recipe installs gkml from the npm registry, where it is not published', () => {
    for (const name of ['github-actions.yml', 'gitlab-ci.yml', 'Jenkinsfile', 'check.sh'])
      expect(ci(name), name).not.toMatch(/npm install (--global |-g )?gkml\b/);
  });
});
