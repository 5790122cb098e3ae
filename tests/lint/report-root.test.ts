// One root for the paths of every CI report: the repository's root when gkml runs inside a git
// repository (from its root or a subfolder), else the folder it runs in; SARIF declares it as
// %SRCROOT%, gives a file outside it an absolute file:// URI, gives a table finding its row as a
// region, and passes Microsoft's validator with 0 errors in each place. Stylish stays relative to
// the folder a person runs it in.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSubmission } from '../fixtures/submission/make-submission.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { sarifValidationErrors } from '../helpers/sarif.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-report-root-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A repository holding a county workspace under counties/ws and submitted tables under submissions/. */
const repo = join(scratch, 'repo');
const ws = join(repo, 'counties', 'ws');
const outside = join(scratch, 'elsewhere');

beforeAll(async () => {
  mkdirSync(join(repo, 'submissions'), { recursive: true });
  expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
  cpSync(fixture('defects'), ws, { recursive: true });
  await makeSubmission(join(repo, 'submissions'));
  mkdirSync(outside);
  cpSync(fixture('defects'), join(outside, 'ws'), { recursive: true });
});

async function report(format: string, cwd: string, target: string): Promise<string> {
  const run = await runCli(['lint', '-f', format, target], { cwd });
  expect(run.code, run.stderr).toBe(1);
  return run.stdout;
}

const firstFile = (json: string) => (JSON.parse(json) as { findings: { file: string }[] }).findings[0]!.file;

describe('paths in CI reports', () => {
  it('are relative to the repository root from its root and from a subfolder, in every CI format', async () => {
    const fromRoot = await report('json', repo, 'counties/ws');
    const fromSub = await report('json', ws, '.');
    expect(firstFile(fromRoot)).toMatch(/^counties\/ws\/directories\//);
    expect(firstFile(fromSub)).toBe(firstFile(fromRoot));
    for (const format of ['github', 'junit', 'gitlab', 'sarif']) {
      const text = await report(format, ws, '.');
      expect(text, format).toContain('counties/ws/directories/');
    }
  });

  it('stylish stays relative to the folder it is run in', async () => {
    const run = await runCli(['lint', '.'], { cwd: ws });
    expect(run.stdout.split('\n')[0]).toMatch(/^directories\//);
  });

  it('are relative to the working folder outside a repository', async () => {
    expect(firstFile(await report('json', outside, 'ws'))).toMatch(/^ws\/directories\//);
  });

  it('SARIF declares its root, gives an outside file an absolute file URI, and a table finding its row', async () => {
    const log = JSON.parse(await report('sarif', ws, join(outside, 'ws')));
    const run = log.runs[0];
    expect(Object.keys(run.originalUriBaseIds)).toEqual(['%SRCROOT%']);
    expect(run.artifacts[0].location.uri).toBe(pathToFileURL(join(outside, 'ws/directories', 'bad-indent.yaml')).href);
    const table = JSON.parse(await report('sarif', join(repo, 'submissions'), 'submission.xlsx')).runs[0].results[0].locations[0];
    expect(table.physicalLocation.artifactLocation).toMatchObject({ uri: 'submissions/submission.xlsx', uriBaseId: '%SRCROOT%' });
    expect(table.physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(table.logicalLocations[0].kind).toBe('element');
  });

  it.each([
    ['YAML from the root', repo, 'counties/ws'],
    ['YAML from a subfolder', ws, '.'],
    ['YAML outside the repository', outside, 'ws'],
    ['a workbook from a subfolder', join(repo, 'submissions'), 'submission.xlsx'],
    ['a CSV file from the root', repo, 'submissions/submission-gbk.csv'],
  ])("SARIF of %s passes Microsoft's validator", async (name, cwd, target) => {
    const path = join(scratch, `${name.replace(/\W+/g, '-')}.sarif`);
    const run = await runCli(['lint', '-f', 'sarif', '-o', path, target], { cwd });
    expect(run.code).toBe(1);
    expect(readFileSync(path, 'utf8')).toContain('"version": "2.1.0"');
    const { status, output, errors } = sarifValidationErrors(path, scratch);
    expect(status, output).toBe(0);
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  });
});

it('the repository of the tests is a git repository (the goldens give paths from its root)', () => {
  expect(spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: REPO, encoding: 'utf8' }).stdout.trim()).toBe(REPO.replace(/\/$/, ''));
});
