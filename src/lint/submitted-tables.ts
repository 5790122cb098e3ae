// The submitted tables of a run: each workbook or CSV file read in memory (table-submission.ts)
// and checked as a workspace of its own (duplicate-item looks within the file). A table that
// cannot be read (a zip bomb, an empty file, an old .xls …) is one `import` finding at the file,
// and a link its boundary refuses one `file-access` finding: the run goes on with the others.
import { GkmlError } from '../core/errors.js';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import { domainFromOption } from '../import/domain.js';
import type { SeveritySetting } from '../core/positions.js';
import type { Text } from '../i18n/text.js';
import { importProblem } from '../rules/import.js';
import type { WorkspaceSettings } from '../workspace/config.js';
import { preparedSource, type SourceFile } from '../workspace/source.js';
import type { Target } from '../workspace/input-files.js';
import { checkFile, makeFinding, type CheckOptions, type FileOutcome } from './check-file.js';
import type { PendingFinding, Place, TableCell } from './finding.js';
import { refusalOf, refusedSource, type Refusal } from './refusals.js';
import { append } from '../util/arrays.js';

/** What the run lends the table stage: where findings and files go, and how a group is finished. */
export interface TableStage {
  cwd: string;
  /** `--domain`: the domain of every table (default: told from each table). */
  domain?: string;
  settingsOf(table: Target): Promise<WorkspaceSettings>;
  rules?: Record<string, SeveritySetting>;
  checkOptions: CheckOptions;
  keepSources: boolean;
  pending: PendingFinding[];
  sources: SourceFile[];
  linted: string[];
  cellOf: Map<SourceFile, (pointer: string) => TableCell>;
  tableSources: Set<SourceFile>;
  /** The run's end of a group of files checked: workspace rules, suppressions, what is kept. */
  finishGroup(
    settings: WorkspaceSettings,
    checked: { file: SourceFile; outcome: FileOutcome }[],
    extra: { wholeWorkspace(): Promise<boolean> },
  ): Promise<void>;
}

/** The findings of a file that has no directory in it: the importer's problems, or why it was not read. */
function keepFile(stage: TableStage, file: SourceFile, findings: PendingFinding[]): void {
  stage.tableSources.add(file);
  stage.linted.push(file.path);
  append(stage.pending, findings);
  if (stage.keepSources || findings.length) stage.sources.push(file);
}

/** The start of a file (1:1): where a finding about the file as a whole is. */
const FILE_START: Place = { kind: 'text', start: 0, end: 0 };

/** A table the importer refuses: its reason, at the file (1:1), an error whatever the rule's level (unless off). */
function refusedTable(stage: TableStage, settings: WorkspaceSettings, table: Target, message: Text): Refusal {
  const file = preparedSource(table.path, table.display, '', undefined, [], true);
  const f = makeFinding(settings, stage.rules, { rule: importProblem.meta.slug, at: FILE_START, message, severity: 'error' });
  keepFile(stage, file, f ? [{ ...f, file }] : []);
  return { display: table.display, message, namesFile: true };
}

/**
 * A table's own level labels (区级, 乡镇级, 乡、村级 …) are its level set where no config gives one
 * (issue 31); a workspace's config, or `--config`, keeps its own, and level-label maps the table's onto it.
 */
function withOwnLevels(settings: WorkspaceSettings, labels: readonly string[]): WorkspaceSettings {
  return settings.config || labels.length === 0 ? settings : { ...settings, levelLabels: [...labels] };
}

/** Checks every table; returns why each table not read was not. */
export async function lintTables(tables: readonly Target[], stage: TableStage): Promise<Refusal[]> {
  const refusals: Refusal[] = [];
  if (!tables.length) return refusals;
  // A --domain that names no domain is the run's mistake, not each table's: said once, before any is read.
  if (stage.domain !== undefined && !domainFromOption(stage.domain))
    throw new GkmlError(msg(IMPORT.invalidDomain, { value: stage.domain }));
  // The importer (and exceljs) is loaded only when a table is linted.
  const { readSubmission, tableFindings } = await import('./table-submission.js');
  for (const t of tables) {
    const settings = await stage.settingsOf(t);
    if (t.refusal) {
      const file = refusedSource(t.path, t.display, t.refusal);
      keepFile(
        stage,
        file,
        checkFile(file, settings, stage.checkOptions).findings.map((f) => ({ ...f, file })),
      );
      refusals.push(refusalOf(file)!);
      continue;
    }
    let submission: Awaited<ReturnType<typeof readSubmission>>;
    try {
      submission = await readSubmission(t, stage.cwd, stage.domain);
    } catch (err) {
      if (!(err instanceof GkmlError)) throw err;
      refusals.push(refusedTable(stage, settings, t, err.text));
      continue;
    }
    const problems = submission.problems.flatMap((p) => {
      const f = makeFinding(settings, stage.rules, {
        rule: importProblem.meta.slug,
        at: { kind: 'cell', cell: p.cell },
        message: p.message,
        severity: p.severity,
      });
      return f ? [{ ...f, file: submission.file }] : [];
    });
    keepFile(stage, submission.file, problems);
    const tableSettings = withOwnLevels(settings, submission.levelLabels);
    const checked = submission.domains.map(({ source, cellAt }) => {
      stage.cellOf.set(source, cellAt);
      stage.tableSources.add(source);
      return { file: source, outcome: checkFile(source, tableSettings, stage.checkOptions) };
    });
    const before = stage.pending.length;
    await stage.finishGroup(tableSettings, checked, { wholeWorkspace: async () => false });
    const found = tableFindings(stage.pending.slice(before), submission);
    stage.pending.length = before;
    append(stage.pending, found);
  }
  return refusals;
}
