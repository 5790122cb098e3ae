// The package as npm ships it: what `npm pack` puts in (and leaves out), and an install of the
// packed tarball into an empty folder that makes a workspace whose modelines point at schema files
// that exist, and prints a rule's page from the docs inside the package.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function npm(args: string[], cwd: string) {
  const run = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** Whether Node `version` satisfies an engines range of the forms packages use (>=X, ^X, X || Y, *). */
function satisfies(version: readonly number[], range: string): boolean {
  const parse = (v: string) =>
    v
      .replace(/^v/, '')
      .split('.')
      .map((n) => Number(n) || 0);
  const cmp = (a: readonly number[], b: readonly number[]) => a[0]! - b[0]! || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
  return range.split('||').some((part) => {
    const p = part.trim();
    if (p === '*' || p === '') return true;
    const m = /^(>=|\^|~)?\s*(\d+(?:\.\d+){0,2})/.exec(p);
    if (!m) return false;
    const min = parse(m[2]!);
    if (m[1] === '>=') return cmp(version, min) >= 0;
    if (m[1] === '^') return version[0] === min[0] && cmp(version, min) >= 0;
    return version[0] === min[0] && (m[1] !== '~' || version[1] === min[1]) && cmp(version, min) >= 0;
  });
}

describe('engines', () => {
  it('says what every runtime dependency supports: each accepts the lowest Node engines names', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('>=20');
    const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path && !p.dev && p.engines?.node && !satisfies([20, 0, 0], p.engines.node))
      .map(([path, p]) => `${path}: ${p.engines!.node}`);
    expect(refusing).toEqual([]);
    expect(satisfies([20, 0, 0], '^22 || ^24 || >=26')).toBe(false);
  });
});

describe('npm pack', () => {
  it('ships the program, its data, schemas, templates, rule docs, LICENSE and README, and nothing of the repository’s own', () => {
    const [pack] = JSON.parse(npm(['pack', '--dry-run', '--json'], REPO)) as { files: { path: string }[] }[];
    const paths = pack!.files.map((f) => f.path);
    for (const needed of [
      'bin/gkml.js',
      'dist/index.js',
      'dist/generated/validators.cjs',
      'schemas/directory.schema.json',
      'directories/jiuye.yaml',
      'templates/layout.hbs',
      'data/role-units.yaml',
      'data/libreoffice/export-pdf.py',
      'docs/rules/channel-vocabulary.md',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(paths, needed).toContain(needed);
    }
    expect(paths.filter((p) => /^(tests|bench|examples|src|scripts|\.ci)\/|\.tmp|node_modules/.test(p))).toEqual([]);
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it('installs into an empty folder and works from there', () => {
    const tarball = resolve(scratch, npm(['pack', '--pack-destination', scratch], REPO).trim().split('\n').at(-1)!);
    const app = join(scratch, 'app');
    spawnSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
    const gkml = (...args: string[]) =>
      spawnSync('npx', ['--no-install', 'gkml', ...args], { cwd: app, encoding: 'utf8', timeout: 60_000 });

    const init = gkml('init', 'w', '--region', '测试县');
    expect(init.status, init.stderr).toBe(0);
    for (const file of [
      'w/gkml.config.yaml',
      'w/units.yaml',
      ...readdirSync(join(app, 'w/directories')).map((f) => `w/directories/${f}`),
    ]) {
      const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(join(app, file), 'utf8'))![1]!;
      expect(existsSync(resolve(dirname(join(app, file)), schema)), `${file} → ${schema}`).toBe(true);
      expect(schema).not.toContain('node_modules');
    }
    const page = gkml('rules', 'channel-vocabulary');
    expect(page.status).toBe(0);
    expect(page.stdout).toMatch(/^channel-vocabulary \(GK101\)/);
    expect(gkml('lint', 'w').status).toBe(1);
  }, 300_000);
});
