// `gkml init`: a new workspace from the national guidelines. It writes nothing unless it can write
// everything: existing files are never replaced without `force`.
import { existsSync } from 'node:fs';
import { onPath, onPathAsync } from '../core/system-faults.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { join, resolve } from 'node:path';
import { Document } from 'yaml';
import { loadGuidelines } from '../guideline/guideline.js';
import { DOMAINS } from '../model/domains.js';
import { lint } from '../lint/lint.js';
import { GkmlError } from '../core/errors.js';
import { INIT } from '../i18n/catalogue/init.js';
import { msg } from '../i18n/messages.js';
import { CONFIG_FILE, levelLabels, loadUnits, type Unit, type WorkspaceConfig } from '../workspace/config.js';
import { displayPath } from '../util/paths.js';
import { fillableFileName, writeFillableWorkbook } from '../export/xlsx/fillable.js';
import { compile } from '../model/cascade.js';
import { loadWorkspace } from '../workspace/load.js';
import { draftDirectory } from './draft.js';
import { modeline, updateSchemas, writeEditorSetup, type EditorSetup } from './editor-setup.js';
import { countyUnits } from './county.js';
import { defaultUnits, townshipUnits } from './units.js';
import { makeFolder } from '../util/make-folder.js';

export interface InitOptions {
  dir: string;
  region: string;
  level?: 'county' | 'township';
  /** A township's county (township only): it names the units of the roles only county bodies hold (default: the county workspace the township is in). */
  county?: string;
  /** Domain ids; default all 26. */
  domains?: readonly string[];
  /** Publication date YYYY-MM-DD written into the config (default: SOURCE_DATE_EPOCH's day, else today; the author edits it). */
  date?: string;
  /** Where SOURCE_DATE_EPOCH is read (default: the process's environment). */
  env?: NodeJS.ProcessEnv;
  force?: boolean;
  /** Also write the fillable workbook (填报工作簿) next to the drafts, for those who fill Excel rather than YAML. */
  xlsx?: boolean;
  cwd?: string;
}

export interface InitResult {
  root: string;
  written: string[];
  /** True when an existing units.yaml was kept and used. */
  keptUnits: boolean;
  /** True when .vscode/settings.json exists but is not plain JSON, and was left as it was. */
  settingsKept: boolean;
  itemCount: number;
}

const UNITS_FILE = 'units.yaml';

const UNITS_COMMENT = {
  county: ' 本地区的公开主体：name 为单位全称，roles 为该单位对应的国家指引角色名称。请按本地实际修改、补充（如各乡镇人民政府）。',
  township: [
    ' 本乡镇的公开主体：name 为单位全称，roles 为该单位对应的国家指引角色名称。请按本乡镇实际的内设机构修改、补充。',
    ' 公安机关、税务机关、县级民政部门等角色属于县级部门：已知所属县时列出县级单位（level: 县级），否则不指定，由 gkml lint 提示填写。',
  ].join('\n'),
};

function unitsYaml(units: readonly Unit[], root: string, level: keyof typeof UNITS_COMMENT): string {
  const doc = new Document({ units: units.map((u) => ({ name: u.name, roles: u.roles, ...(u.level ? { level: u.level } : {}) })) });
  doc.commentBefore = UNITS_COMMENT[level];
  return modeline(root, root, 'units') + doc.toString({ lineWidth: 0 });
}

/** The registry a new workspace starts with: a township's own units and its county's, or a county's usual units. */
function freshUnits(o: InitOptions, root: string, cwd: string): Unit[] {
  return o.level === 'township' ? townshipUnits(o.region, countyUnits(root, o.county, cwd)) : defaultUnits(o.region);
}

/**
 * The draft's publication date when none is given: SOURCE_DATE_EPOCH's day, else today. The one
 * place gkml reads the clock, for a value the author edits; builds take dates from the config.
 */
export function draftDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return when.toISOString().slice(0, 10);
}

function configYaml(o: InitOptions, root: string): string {
  const doc = new Document({
    region: o.region,
    level: o.level ?? 'county',
    // A township has no 人民政府办公室: its government publishes.
    publisher: o.level === 'township' ? `${o.region}人民政府` : `${o.region}人民政府办公室`,
    version: '1',
    date: o.date ?? draftDate(o.env),
    directories: 'directories/*.yaml',
    units: UNITS_FILE,
    // What nearly every item says; an item that differs writes its own value.
    defaults: { audience: '全社会', mode: ['主动'], level: levelLabels({ level: o.level ?? 'county' } as WorkspaceConfig) },
  });
  doc.commentBefore = ' 工作区配置。defaults 给出各事项没有写明时的取值（公开对象、公开方式、公开层级），事项自己写的值优先。';
  return modeline(root, root, 'config') + doc.toString({ lineWidth: 0 });
}

/**
 * What a fresh draft may report: the gaps a county fills in, the domains it chose to leave out, and
 * a 特定群体 the guideline leaves unnamed (audience-group says exactly what to write there).
 */
const DRAFT_RULES = new Set(['unfilled', 'owner-generic', 'domain-coverage', 'audience-group']);

/**
 * Lints the draft just written; any other finding on an item field means the guideline's own value
 * cannot stand in a county directory as it is, so that field is left to the county (null).
 */
async function questionedFields(root: string, cwd: string): Promise<Map<string, Map<number, Set<string>>>> {
  const result = await lint({ targets: [root], cwd });
  const byDomain = new Map<string, Map<number, Set<string>>>();
  for (const f of result.findings) {
    const m = /^\/items\/(\d+)\/([a-z0-9]+)/.exec(f.pointer);
    const domain = /([a-z0-9-]+)\.yaml$/.exec(f.file)?.[1];
    if (DRAFT_RULES.has(f.rule) || !m || !domain) continue;
    const fields = byDomain.get(domain) ?? new Map<number, Set<string>>();
    const set = fields.get(Number(m[1])) ?? new Set<string>();
    set.add(m[2]!);
    fields.set(Number(m[1]), set);
    byDomain.set(domain, fields);
  }
  return byDomain;
}

export async function init(options: InitOptions): Promise<InitResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.dir);
  const guideline = loadGuidelines();
  const ids = options.domains?.length ? options.domains : DOMAINS.map((d) => d.id);
  for (const id of ids) {
    if (!guideline.has(id)) {
      throw new GkmlError(msg(INIT.unknownDomain, { id }));
    }
  }

  const unitsPath = join(root, UNITS_FILE);
  const keptUnits = existsSync(unitsPath) && !options.force;
  const level = options.level ?? 'county';
  const units = keptUnits ? loadUnits(unitsPath, cwd) : freshUnits(options, root, cwd);
  const owners = { units, township: level === 'township' };

  const files = new Map<string, string>();
  files.set(join(root, CONFIG_FILE), configYaml(options, root));
  if (!keptUnits) files.set(unitsPath, unitsYaml(units, root, level));
  let itemCount = 0;
  const dirs = join(root, 'directories');
  const schemaLine = modeline(root, dirs, 'directory');
  for (const id of ids) {
    const data = guideline.get(id)!.data;
    itemCount += data.items.length;
    files.set(join(dirs, `${id}.yaml`), draftDirectory(data, owners, schemaLine));
  }

  if (!options.force) {
    const existing = [...files.keys()].find((p) => existsSync(p));
    if (existing) {
      throw new GkmlError(msg(INIT.fileExists, { file: displayPath(existing, cwd) }));
    }
  }
  onPath(displayPath(root, cwd), () => makeFolder(dirs));
  for (const [path, text] of files) onPath(displayPath(path, cwd), () => writeFileAtomic(path, text));
  const editor = await writeEditorSetup(root, cwd);
  for (const [id, questioned] of await questionedFields(root, cwd)) {
    const data = guideline.get(id)!.data;
    const path = join(dirs, `${id}.yaml`);
    onPath(displayPath(path, cwd), () => writeFileAtomic(path, draftDirectory(data, owners, schemaLine, questioned)));
  }
  const written = [...files.keys(), ...editor.written];
  if (options.xlsx) {
    const workbook = join(root, fillableFileName(options.region));
    const compendium = compile(await loadWorkspace(root, { cwd }), { env: options.env, draft: true });
    await onPathAsync(displayPath(workbook, cwd), () => writeFillableWorkbook(workbook, compendium));
    written.push(workbook);
  }
  return { root, written: written.map((p) => displayPath(p, cwd)), keptUnits, itemCount, settingsKept: editor.settingsKept };
}

/** `gkml init --update-schemas`: refresh an existing workspace's schemas, editor settings and modelines. */
export async function refreshSchemas(dir: string, cwd: string): Promise<EditorSetup & { root: string }> {
  const ws = await loadWorkspace(dir, { cwd });
  const units = ws.config.units ? resolve(ws.root, ws.config.units) : undefined;
  const setup = await updateSchemas(
    ws.root,
    cwd,
    join(ws.root, CONFIG_FILE),
    units,
    ws.directories.map((f) => f.path),
  );
  return { ...setup, root: ws.root, written: setup.written.map((p) => displayPath(p, cwd)) };
}
