// The editor tells the same story as lint: VS Code's YAML engine (yaml-language-server), started over
// stdio as the editor starts it, on the schemas gkml writes into a workspace (.gkml/schemas/).
// A fresh workspace and the demo county open clean; planted schema mistakes are flagged on exactly
// the lines lint's schema check flags; completion knows the county (its defaulted fields, its
// units, a whole new item); hover speaks Chinese; and a unit added to units.yaml is offered once
// `gkml init --update-schemas` has run.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { readExpectations } from '../helpers/expectations.js';
import { startYamlServer, type CompletionItem, type Hover, type YamlServer } from '../helpers/lsp.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-lsp-'));
const fresh = join(scratch, 'fresh');
const mistakes = join(scratch, 'mistakes');
const servers = new Map<string, Promise<YamlServer>>();

/** The server of the workspace folder `root` (one each, as one editor window), with the yaml.schemas `gkml init` put in its VS Code settings. */
function serverFor(root: string): Promise<YamlServer> {
  const known = servers.get(root);
  if (known) return known;
  const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
  const server = startYamlServer(root, { schemas: settings['yaml.schemas'] });
  servers.set(root, server);
  return server;
}

const workspaceFiles = (root: string) => [
  join(root, 'gkml.config.yaml'),
  join(root, 'units.yaml'),
  ...readdirSync(join(root, 'directories')).map((f) => join(root, 'directories', f)),
];

/** Each file's diagnostics, as `file:line message` (lines from 1); opened together, as an editor restores its tabs. */
async function diagnosticsOf(server: YamlServer, files: readonly string[]): Promise<string[]> {
  const each = await Promise.all(
    files.map(async (file) => (await server.open(file)).map((d) => `${file}:${d.range.start.line + 1} ${d.message}`)),
  );
  return each.flat();
}

const labels = (items: readonly CompletionItem[]) => items.map((i) => i.label);
const hoverText = (hover: Hover | null) =>
  hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover?.contents ?? '');
const unitNames = (root: string) => [...readFileSync(join(root, 'units.yaml'), 'utf8').matchAll(/^ {2}- name: (.+)$/gm)].map((m) => m[1]!);

beforeAll(async () => {
  expect((await runCli(['init', fresh, '--region', '青山县'])).code).toBe(0);
  cpSync(fixture('editor'), mistakes, { recursive: true });
  expect((await runCli(['init', mistakes, '--update-schemas'])).code).toBe(0);
});

afterAll(async () => {
  await Promise.all([...servers.values()].map(async (s) => (await s).stop()));
  rmSync(scratch, { recursive: true, force: true });
});

describe('yaml-language-server on the schemas gkml writes', () => {
  it('opens a fresh workspace without a diagnostic: config, units and all 26 drafts', async () => {
    const files = workspaceFiles(fresh);
    expect(files).toHaveLength(28);
    expect(await diagnosticsOf(await serverFor(fresh), files)).toEqual([]);
  });

  it('opens the demo county without a diagnostic, as shipped and with its own schemas', async () => {
    const demo = join(REPO, 'examples/demo-county');
    const copy = join(scratch, 'demo');
    cpSync(demo, copy, { recursive: true });
    expect((await runCli(['init', copy, '--update-schemas'])).code).toBe(0);
    const server = await serverFor(copy);
    expect(await diagnosticsOf(server, workspaceFiles(demo))).toEqual([]);
    expect(await diagnosticsOf(server, workspaceFiles(copy))).toEqual([]);
  });

  it("flags the lines lint's schema check flags, and no other", async () => {
    const server = await serverFor(mistakes);
    const result = await lint({ targets: [mistakes], cwd: mistakes });
    const sorted = (places: Iterable<string>) => [...new Set(places)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const file of workspaceFiles(mistakes)) {
      const schemaFindings = result.findings.filter((f) => f.rule === 'schema' && join(mistakes, f.file) === file);
      expect(
        schemaFindings.map((f) => f.line),
        file,
      ).toEqual(readExpectations(file).map((e) => e.line));
      // Line and column: the editor underlines where lint points.
      const flagged = (await server.open(file)).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
      expect(sorted(flagged), file).toEqual(sorted(schemaFindings.map((f) => `${f.line}:${f.column}`)));
    }
    expect(result.findings.filter((f) => f.rule === 'schema')).toHaveLength(13);
  });

  it('completes inside an item the fields the defaults give, and a whole new item in the order of the table', async () => {
    const server = await serverFor(fresh);
    const file = join(fresh, 'directories/jiuye.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    // A new line at the end of the first item, as a clerk starts another field.
    const end = lines.findIndex((l, i) => i > 0 && l.startsWith('  - id:') && lines.slice(0, i).some((p) => p.startsWith('  - id:')));
    await server.open(file, [...lines.slice(0, end), '    ', ...lines.slice(end)].join('\n'));
    expect(labels(await server.completion(file, { line: end, character: 4 }))).toEqual(
      expect.arrayContaining(['audience', 'mode', 'level', 'l3', 'notes']),
    );

    // A new entry of the list: the item snippet, its fields in the table's order, the defaulted ones left to the defaults.
    const text = lines.join('\n').replace(/\n*$/, '\n  - \n');
    const last = text.split('\n').length - 2;
    await server.change(file, text);
    const snippet = (await server.completion(file, { line: last, character: 4 })).find((i) => i.label === '新事项');
    expect(snippet?.insertText).toBeDefined();
    const fields = [...snippet!.insertText!.matchAll(/^\s*([a-z0-9]+):/gm)].map((m) => m[1]);
    expect(fields).toEqual(['id', 'l1', 'l2', 'content', 'basis', 'timeframe', 'owner', 'channels']);
    expect(snippet!.insertText).toContain(`owner: \${7|${unitNames(fresh).join(',')}|}`);
  });

  it('offers for 公开主体 the units of units.yaml, the level labels for 公开层级 and the channel vocabulary', async () => {
    const server = await serverFor(fresh);
    const file = join(fresh, 'directories/shehui-jiuzhu.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const owner = lines.findIndex((l) => l.startsWith('    owner:'));
    const channel = lines.findIndex((l, i) => i > owner && l.startsWith('      - '));
    const edited = lines.map((l, i) => (i === owner ? '    owner: ' : i === channel ? '      - ' : l));
    await server.open(file, [...edited, '    level:', '      - ', ''].join('\n'));
    expect(labels(await server.completion(file, { line: owner, character: 11 }))).toEqual(expect.arrayContaining(unitNames(fresh)));
    expect(labels(await server.completion(file, { line: channel, character: 8 }))).toEqual(
      expect.arrayContaining(['政府网站', '两微一端', '社区/企事业单位/村公示栏(电子屏)', '其他: …']),
    );
    expect(labels(await server.completion(file, { line: edited.length + 1, character: 8 }))).toEqual(['县级', '乡级']);
  });

  it('shows on hover the Chinese title, what to write and an example; enum values described; config and units too', async () => {
    const server = await serverFor(fresh);
    const file = join(fresh, 'directories/jiuye.yaml');
    const text = readFileSync(file, 'utf8').replace(/\n*$/, '\n    mode: [主动]\n');
    const lines = text.split('\n');
    await server.open(file, text);
    const timeframe = hoverText(await server.hover(file, { line: lines.findIndex((l) => l.startsWith('    timeframe:')), character: 6 }));
    expect(timeframe).toContain('#### 公开时限');
    expect(timeframe).toContain('公开时限，如：');
    expect(timeframe).toContain('```yaml\n信息形成或者变更之日起20个工作日内');
    const mode = hoverText(await server.hover(file, { line: lines.length - 2, character: 12 }));
    expect(mode).toContain('主动公开：行政机关主动向社会公开');

    const config = join(fresh, 'gkml.config.yaml');
    const configLines = readFileSync(config, 'utf8').split('\n');
    await server.open(config);
    expect(hoverText(await server.hover(config, { line: configLines.indexOf('defaults:'), character: 2 }))).toContain('#### 默认值');
    const units = join(fresh, 'units.yaml');
    await server.open(units);
    expect(
      hoverText(
        await server.hover(units, {
          line: readFileSync(units, 'utf8')
            .split('\n')
            .findIndex((l) => l.includes('roles:')),
          character: 6,
        }),
      ),
    ).toContain('#### 对应角色');
  });

  it('offers a unit added to units.yaml once gkml init --update-schemas has refreshed the schemas', async () => {
    const server = await serverFor(fresh);
    const file = join(fresh, 'directories/huji-guanli.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const owner = lines.findIndex((l) => l.startsWith('    owner:'));
    const text = lines.map((l, i) => (i === owner ? '    owner: ' : l)).join('\n');
    await server.open(file, text);
    expect(labels(await server.completion(file, { line: owner, character: 11 }))).not.toContain('青山县退役军人事务局');

    appendFileSync(join(fresh, 'units.yaml'), '  - name: 青山县退役军人事务局\n    roles: [县级退役军人事务部门]\n    level: 县级\n');
    const update = await runCli(['init', fresh, '--update-schemas']);
    expect(update.code, update.stderr).toBe(0);
    // What VS Code's YAML extension tells the server when a watched file changes on disk.
    server.filesChanged(['directory', 'config', 'units'].map((n) => join(fresh, `.gkml/schemas/${n}.schema.json`)));
    expect(labels(await server.completion(file, { line: owner, character: 11 }))).toContain('青山县退役军人事务局');
  });
});
