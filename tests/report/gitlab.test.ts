// GitLab Code Quality (-f gitlab): the shape GitLab's merge-request widget reads, checked against a
// schema of the report format; paths from the repository root; fingerprints that stay the same when
// lines move or an item is inserted above, and differ between findings.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-gitlab-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The Code Quality report format, as GitLab documents it (the fields its widget reads). */
const CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', pattern: '^[^/]' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
} as const;

type Issue = { check_name: string; fingerprint: string; location: { path: string; lines: { begin: number } } };

async function report(cwd: string): Promise<Issue[]> {
  const run = await runCli(['lint', '-f', 'gitlab'], { cwd });
  expect(run.code).toBe(1);
  return JSON.parse(run.stdout) as Issue[];
}

describe('-f gitlab', () => {
  it('writes the Code Quality shape with paths from the repository root', async () => {
    const issues = await report(fixture('defects'));
    const validate = new Ajv({ allErrors: true }).compile(CODE_QUALITY);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues.length).toBeGreaterThan(5);
    expect(issues.every((i) => i.location.path.startsWith('tests/fixtures/defects/directories/'))).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('keeps every fingerprint when lines move and an item is inserted above', async () => {
    const dir = join(scratch, 'moves');
    cpSync(fixture('rules'), dir, { recursive: true });
    const file = join(dir, 'directories', 'ditto.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(join(dir, '.git'), '');
    const before = await report(dir);
    const inserted = `  - id: shehui-baoxian-00-01
    l1: 社会保险登记
    l2: 新插入的事项
    content: [事项名称]
    basis: [《中华人民共和国社会保险法》]
    timeframe: 公开事项信息形成或变更之日起20个工作日内公开
    owner: 示例县人力资源和社会保障局
    channels: [政府网站]
    audience: 全社会
    mode: [主动]
    level: [县级]
`;
    writeFileSync(file, `# 一行新的注释\n\n${text.replace('items:\n', `items:\n${inserted}`)}`);
    const after = await report(dir);
    const of = (issues: Issue[]) => issues.filter((i) => i.location.path.endsWith('ditto.yaml'));
    expect(of(after).map((i) => i.fingerprint)).toEqual(of(before).map((i) => i.fingerprint));
    expect(of(after)[0]!.location.lines.begin).toBeGreaterThan(of(before)[0]!.location.lines.begin);
  });
});
