// Measures gkml on the corpus of real published tables (tests/fixtures/real-tables, see its
// README.md): lints every table as a reviewer would, compares each finding with the judged
// expectations next to it, and prints how many findings were right, how many were false alarms,
// how many rows the importer did not read, and how many known problems are still not reported.
// Run after `npm run build`: `node scripts/measure-corpus.mjs [--json] [--dir <folder>]`; --dir
// measures another folder laid out the same way (an independent corpus kept outside the repository).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { lint } from '../dist/index.js';
import { readTables } from '../dist/import/read-tables.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(ROOT, 'tests/fixtures/real-tables');

const load = (path) => yaml.load(readFileSync(path, 'utf8'));
/** The 1-based row of a read row's cell (an object { sheet, row, col }). */
const rowOf = (ref) => ref.row;
const keyOf = (f) => `${f.rule}\u0000${f.cell}\u0000${f.message}`;

/** The corpus tables, each with its source sidecar and its judged expectations. */
export function corpusTables(dir = CORPUS_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const name = basename(file, '.csv');
      return {
        name,
        file: join(dir, file),
        source: load(join(dir, `${name}.source.yaml`)),
        expect: load(join(dir, `${name}.expect.yaml`)),
      };
    });
}

/** Rows of the file the importer turned into items (a row that continues an item is part of it). */
async function rowsRead(file, cwd) {
  const read = await readTables({ file, cwd, asWritten: true });
  return [...read.domains.values()].flatMap((d) => d.rows.map((r) => rowOf(r.ref)));
}

/** Each finding with the verdict the expect file gives it (matched on rule, cell and message). */
function judge(findings, judged) {
  const pool = new Map();
  for (const j of judged ?? []) pool.set(keyOf(j), [...(pool.get(keyOf(j)) ?? []), j]);
  const out = findings.map((f) => {
    const same = pool.get(keyOf(f));
    const j = same?.shift();
    return { rule: f.rule, cell: f.cell, message: f.message, verdict: j ? j.verdict : null, why: j?.why };
  });
  const gone = [...pool.values()].flat();
  return { findings: out, gone };
}

/**
 * A recorded miss counts as caught once a finding not yet judged appears at its cell (of its rule,
 * when the miss names one): findings judged when the miss was recorded did not catch it. Judge the
 * new finding, then remove the miss from the expect file.
 */
function stillMissed(misses, findings) {
  return (misses ?? []).filter((m) => !findings.some((f) => f.cell === m.cell && (!m.rule || f.rule === m.rule) && f.verdict === null));
}

const minus = (a, b) => a.filter((x) => !b.includes(x));
const sameSet = (a, b) => a.length === b.length && minus(a, b).length === 0;

async function measureTable(t, cwd) {
  const result = await lint({ targets: [t.file], cwd });
  const { findings, gone } = judge(result.findings, t.expect.findings);
  const itemRows = t.expect.item_rows ?? [];
  const read = await rowsRead(t.file, cwd);
  const skipped = minus(itemRows, read);
  const extra = [...new Set(minus(read, itemRows))];
  return {
    table: t.name,
    domain: t.source.domain,
    domains: t.source.domains ?? [t.source.domain],
    level: t.source.level,
    rows: itemRows.length,
    findings,
    gone,
    skippedRows: skipped,
    extraRows: extra,
    rowsAsRecorded: sameSet(skipped, t.expect.skipped_rows ?? []) && sameSet(extra, t.expect.extra_rows ?? []),
    missed: stillMissed(t.expect.missed, findings),
    misses: (t.expect.missed ?? []).length,
  };
}

const count = (tables, fn) => tables.reduce((n, t) => n + fn(t), 0);
const share = (part, whole) => (whole ? Math.round((1000 * part) / whole) / 10 : 0);

export function summarise(tables) {
  const all = tables.flatMap((t) => t.findings);
  const truths = all.filter((f) => f.verdict === true).length;
  const falseAlarms = all.filter((f) => f.verdict === false).length;
  return {
    tables: tables.length,
    county: tables.filter((t) => t.level === 'county').length,
    township: tables.filter((t) => t.level === 'township').length,
    domains: new Set(tables.flatMap((t) => t.domains)).size,
    rows: count(tables, (t) => t.rows),
    findings: all.length,
    trueFindings: truths,
    falseAlarms,
    falseAlarmShare: share(falseAlarms, truths + falseAlarms),
    unjudged: all.filter((f) => f.verdict === null).length,
    importFailures: {
      tables: tables.filter((t) => t.skippedRows.length || t.extraRows.length).length,
      rowsSkipped: count(tables, (t) => t.skippedRows.length),
      rowsReadAsItems: count(tables, (t) => t.extraRows.length),
      importFalseAlarms: all.filter((f) => f.rule === 'import' && f.verdict === false).length,
    },
    missed: count(tables, (t) => t.missed.length),
    misses: count(tables, (t) => t.misses),
    judgedFindingsGone: count(tables, (t) => t.gone.length),
    tablesNotAsRecorded: tables.filter((t) => !t.rowsAsRecorded).map((t) => t.table),
  };
}

export async function measureCorpus(dir = CORPUS_DIR) {
  const tables = [];
  for (const t of corpusTables(dir)) tables.push(await measureTable(t, dir));
  return { summary: summarise(tables), tables };
}

function report(summary, tables) {
  const s = summary;
  const lines = [
    `tables: ${s.tables} (${s.county} county, ${s.township} township) from ${s.domains} domains; item rows: ${s.rows}`,
    `findings: ${s.findings}; true: ${s.trueFindings}; false alarms: ${s.falseAlarms} (${s.falseAlarmShare} % of judged findings); not yet judged: ${s.unjudged}`,
    `import failures: ${s.importFailures.tables} tables; rows skipped: ${s.importFailures.rowsSkipped}; rows wrongly read as items: ${s.importFailures.rowsReadAsItems}; import warnings that were false alarms: ${s.importFailures.importFalseAlarms}`,
    `misses still missed: ${s.missed} of ${s.misses}`,
  ];
  if (s.judgedFindingsGone) lines.push(`judged findings no longer reported: ${s.judgedFindingsGone} (update the expect files)`);
  if (s.tablesNotAsRecorded.length) lines.push(`rows read differently from the expect file: ${s.tablesNotAsRecorded.join(', ')}`);
  for (const t of tables) {
    for (const f of t.findings.filter((x) => x.verdict === null)) lines.push(`  not judged: ${t.table} ${f.cell} ${f.rule}: ${f.message}`);
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--dir');
  const { summary, tables } = await measureCorpus(at > 0 ? resolve(process.argv[at + 1]) : CORPUS_DIR);
  process.stdout.write(process.argv.includes('--json') ? JSON.stringify({ summary, tables }, null, 2) + '\n' : report(summary, tables));
}
