// Editors find gkml's schemas in every workspace: init writes the workspace's own into
// .gkml/schemas/, points each file's modeline there, and merges VS Code's yaml.schemas into settings
// already present (never clobbering them); `init --update-schemas` refreshes an older workspace, and
// lint and status refresh copies made from other defaults or units, saying so; `schema --write`
// writes gkml's. (What the editor then shows: tests/editor/editor.test.ts.)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-editor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const modelineTarget = (file: string) =>
  resolve(dirname(file), /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(file, 'utf8'))![1]!);
type Schema = { properties: Record<string, Schema>; items: Schema; required?: string[]; examples?: unknown[]; allOf?: unknown[] };
const copied = (ws: string, name: string) => JSON.parse(readFileSync(join(ws, `.gkml/schemas/${name}.schema.json`), 'utf8')) as Schema;
const ownerExamples = (ws: string) => copied(ws, 'directory').properties.items!.items.properties.owner!.examples;

describe('init and the editor', () => {
  it('copies the schemas into the workspace and points every modeline at them', async () => {
    const ws = join(scratch, 'fresh');
    expect((await runCli(['init', ws, '--region', '测试县', '--domains', 'jiuye', 'huji-guanli'])).code).toBe(0);
    // The workspace's own: items need not give what its defaults give, and 公开主体 suggests its units.
    const directory = copied(ws, 'directory');
    expect(directory.properties.items!.items.required).toEqual(['id', 'l1']);
    expect(JSON.stringify(directory.allOf)).not.toMatch(/"audience"|"mode"|"level"/);
    expect(JSON.stringify(directory.allOf)).toContain('"owner"');
    expect(ownerExamples(ws)).toContain('测试县人力资源和社会保障局');
    expect(copied(ws, 'config').properties.defaults!.properties.owner!.examples).toEqual(ownerExamples(ws));
    expect(readFileSync(join(ws, '.gkml/schemas/inputs.sha256'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const files = [
      join(ws, 'gkml.config.yaml'),
      join(ws, 'units.yaml'),
      ...readdirSync(join(ws, 'directories')).map((f) => join(ws, 'directories', f)),
    ];
    for (const f of files) expect(modelineTarget(f).startsWith(join(ws, '.gkml/schemas/'))).toBe(true);
    // Moved elsewhere, the workspace still finds them.
    const moved = join(scratch, 'moved', 'ws');
    cpSync(ws, moved, { recursive: true });
    for (const f of files.map((p) => p.replace(ws, moved))) expect(existsSync(modelineTarget(f))).toBe(true);
    const settings = JSON.parse(readFileSync(join(ws, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']['./.gkml/schemas/directory.schema.json']).toContain('directories/*.yaml');
  });

  it('merges into existing settings, and leaves settings with comments alone', async () => {
    const ws = join(scratch, 'merged');
    mkdirSync(join(ws, '.vscode'), { recursive: true });
    writeFileSync(join(ws, '.vscode/settings.json'), JSON.stringify({ 'editor.tabSize': 2, 'yaml.schemas': { 'other.json': ['x.yaml'] } }));
    expect((await runCli(['init', ws, '--region', '测试县', '--domains', 'jiuye'])).code).toBe(0);
    const settings = JSON.parse(readFileSync(join(ws, '.vscode/settings.json'), 'utf8'));
    expect(settings['editor.tabSize']).toBe(2);
    expect(Object.keys(settings['yaml.schemas'])).toEqual([
      'other.json',
      './.gkml/schemas/directory.schema.json',
      './.gkml/schemas/config.schema.json',
      './.gkml/schemas/units.schema.json',
    ]);

    const commented = join(scratch, 'commented');
    mkdirSync(join(commented, '.vscode'), { recursive: true });
    const jsonc = '{\n  // 本机设置\n  "editor.tabSize": 4\n}\n';
    writeFileSync(join(commented, '.vscode/settings.json'), jsonc);
    const run = await runCli(['init', commented, '--region', '测试县', '--domains', 'jiuye']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('.vscode/settings.json 不是纯 JSON');
    expect(readFileSync(join(commented, '.vscode/settings.json'), 'utf8')).toBe(jsonc);
  });

  it('--update-schemas refreshes the copies and repoints the modelines of an older workspace', async () => {
    const ws = join(scratch, 'older');
    cpSync(fixture('clean'), ws, { recursive: true });
    const file = join(ws, 'directories', readdirSync(join(ws, 'directories'))[0]!);
    writeFileSync(
      file,
      '# yaml-language-server: $schema=../../../../schemas/directory.schema.json\n' +
        readFileSync(file, 'utf8').replace(/^# yaml-language-server:.*\n/, ''),
    );
    const run = await runCli(['init', ws, '--update-schemas']);
    expect(run.code, run.stderr).toBe(0);
    expect(modelineTarget(file)).toBe(join(ws, '.gkml/schemas/directory.schema.json'));
    expect(existsSync(modelineTarget(file))).toBe(true);
    expect((await runCli(['lint', ws])).code).toBe(0);
  });

  it('lint and status refresh copies made from other units or defaults, with one line, and leave current ones alone', async () => {
    const ws = join(scratch, 'stale');
    expect((await runCli(['init', ws, '--region', '测试县', '--domains', 'jiuye'])).code).toBe(0);
    const quiet = await runCli(['lint', ws]);
    expect(quiet.stderr).toBe('');
    writeFileSync(
      join(ws, 'units.yaml'),
      readFileSync(join(ws, 'units.yaml'), 'utf8') + '  - name: 测试县退役军人事务局\n    roles: [县级退役军人事务部门]\n',
    );
    const lint = await runCli(['lint', ws]);
    expect(lint.code).toBe(quiet.code);
    expect(lint.stdout).toBe(quiet.stdout);
    expect(lint.stderr.trimEnd().split('\n')).toEqual([
      `已更新 ${ws} 中编辑器用的 JSON Schema（.gkml/schemas/）：工作区的 defaults、公开层级、渠道或 units.yaml 有了变化`,
    ]);
    expect(ownerExamples(ws)).toContain('测试县退役军人事务局');
    expect((await runCli(['lint', ws])).stderr).toBe('');

    const config = join(ws, 'gkml.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^ {2}audience: 全社会\n/m, ''));
    const status = await runCli(['status', ws, '--lang', 'en']);
    expect(status.stderr).toBe(
      `updated the editor's JSON Schemas of ${ws} (.gkml/schemas/): the workspace's defaults, levels, channels or units.yaml had changed\n`,
    );
    expect(JSON.stringify(copied(ws, 'directory').allOf)).toContain('"audience"');

    // A workspace without copies gets none.
    const plain = join(scratch, 'plain');
    cpSync(fixture('clean'), plain, { recursive: true });
    expect((await runCli(['lint', plain])).stderr).toBe('');
    expect(existsSync(join(plain, '.gkml'))).toBe(false);
  });

  it('gives every field of the three schemas a Chinese title, what to write and an example, and every enum value a description', async () => {
    const ws = join(scratch, 'fresh');
    const problems: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (Array.isArray(n.enum) && (n.enumDescriptions as unknown[] | undefined)?.length !== n.enum.length)
        problems.push(`${path}: enum without a description of each value`);
      for (const [key, child] of Object.entries((n.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) {
        if (child.$ref) continue;
        const lacking = [
          /[\u4e00-\u9fff]/.test(String(child.title ?? '')) ? '' : 'title',
          child.description ? '' : 'description',
          (child.examples as unknown[] | undefined)?.length ? '' : 'examples',
        ].filter(Boolean);
        if (lacking.length) problems.push(`${path}/${key}: no ${lacking.join(', ')}`);
      }
      // Values, and the conditions that only say which fields are required (no field of their own).
      for (const [key, child] of Object.entries(n))
        if (!['examples', 'defaultSnippets', 'allOf'].includes(key)) visit(child, `${path}/${key}`);
    };
    for (const name of ['directory', 'config', 'units']) visit(copied(ws, name), name);
    expect(problems).toEqual([]);
  });

  it('gkml schema --write writes every schema', async () => {
    const dir = join(scratch, 'schemas');
    expect((await runCli(['schema', '--write', dir])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['config.schema.json', 'directory.schema.json', 'units.schema.json']);
  });
});
