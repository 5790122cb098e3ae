// `gkml import`: an Excel or CSV table in the official layout (or one of its real-world variants)
// → one workspace YAML file per domain. Reading the tables is read-tables.ts; this module writes
// and guards the output: nothing is written unless every file can be, and existing files are
// replaced only with `force`. (`--into` merges into a workspace instead: merge.ts.)
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import { domainById } from '../model/domains.js';
import type { DirectoryData } from '../model/types.js';
import { DIRECTORY_SCHEMA_PATH } from '../schema/directory-schema.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { onPath } from '../core/system-faults.js';
import { CONFIG_FILE } from '../workspace/config.js';
import { GkmlError } from '../core/errors.js';
import { displayPath } from '../util/paths.js';
import { assignIds } from './items.js';
import type { ImportProblem } from './problem.js';
import { readTables } from './read-tables.js';
import { directoryYaml } from './yaml.js';
import { makeFolder } from '../util/make-folder.js';

export interface ImportOptions {
  file: string;
  /** Domain id or name for every table (`--domain`). */
  domain?: string;
  /** Output folder (default: the working folder, unless it is a workspace). */
  out?: string;
  force?: boolean;
  cwd?: string;
}

export interface ImportResult {
  /** Files written, as displayed. */
  files: string[];
  rowsRead: number;
  itemCount: number;
  problems: ImportProblem[];
  errorCount: number;
}

export async function importFile(options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  // Files written into a workspace's root are never linted or built: the edits would silently not apply.
  if (options.out === undefined && existsSync(join(cwd, CONFIG_FILE))) throw new GkmlError(msg(IMPORT.insideWorkspace));
  const { path, domains, rowsRead, problems } = await readTables(options);
  const outDir = resolve(cwd, options.out ?? '.');
  const schemaPath = relative(outDir, DIRECTORY_SCHEMA_PATH).split('\\').join('/');
  const files = new Map<string, string>();
  let itemCount = 0;
  for (const { domain, rows, notes } of [...domains.values()].sort((a, b) => (a.domain.id < b.domain.id ? -1 : 1))) {
    if (rows.length === 0) continue;
    const items = assignIds(
      domain.id,
      rows.map((r) => r.draft),
    );
    itemCount += items.length;
    const data: DirectoryData = {
      domain: domain.id,
      name: domainById(domain.id)!.name,
      ...(notes.length ? { note: notes.join('\n') } : {}),
      items,
    };
    files.set(
      join(outDir, `${domain.id}.yaml`),
      directoryYaml(data, schemaPath, `由 gkml import 从 ${basename(path)} 导入，文字保持表格原样；运行 gkml lint 检查。`),
    );
  }
  if (!options.force) {
    const existing = [...files.keys()].find((p) => existsSync(p));
    if (existing) {
      throw new GkmlError(msg(IMPORT.fileExists, { file: displayPath(existing, cwd) }));
    }
  }
  onPath(displayPath(outDir, cwd), () => makeFolder(outDir));
  for (const [p, text] of files) onPath(displayPath(p, cwd), () => writeFileAtomic(p, text));
  return {
    files: [...files.keys()].map((p) => displayPath(p, cwd)),
    rowsRead,
    itemCount,
    problems: problems.items,
    errorCount: problems.errorCount,
  };
}
