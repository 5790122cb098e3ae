// Lint, then load: what every publishing command does first. The workspace is loaded from the very
// files the lint read (nothing is read or parsed twice), and a build refuses to publish when the
// lint found errors.
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import type { Lang } from '../i18n/text.js';
import { loadWorkspace, type LoadOptions, type Workspace } from '../workspace/load.js';
import { placeText, type Finding } from './finding.js';
import { lintRun, type LintRun } from './run.js';

/** A workspace linted and loaded from the very files the lint read. */
export interface CheckedWorkspace {
  workspace: Workspace;
  errorCount: number;
  /** The first error in report order, when there is one. */
  firstError?: Finding;
}

/** `withRegions: false` leaves out the workspace's child regions, which a build checks one at a time; `threads` as lint's. */
export async function checkWorkspace(
  dir: string,
  options: LoadOptions & { lang?: Lang; withRegions?: boolean; threads?: number } = {},
): Promise<CheckedWorkspace> {
  const cwd = options.cwd ?? process.cwd();
  const run = await lintRun({
    targets: [dir],
    cwd,
    lang: options.lang,
    withRegions: options.withRegions,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  });
  const sources = new Map(run.sources.map((f) => [f.path, f]));
  return checkedOf(run, await loadWorkspace(dir, { cwd, sources }));
}

/** A workspace loaded from what a lint run read, with the run's error count and first error. */
export function checkedOf(run: LintRun, workspace: Workspace): CheckedWorkspace {
  const firstError = run.result.findings.find((f) => f.severity === 'error');
  return { workspace, errorCount: run.result.errorCount, ...(firstError ? { firstError } : {}) };
}

/** Why nothing is published: how many errors lint found under `dir`, and the first of them. */
export function publishRefusal(dir: string, errorCount: number, first: Finding): GkmlError {
  return new GkmlError(
    msg(LINT.publishRefused, { count: errorCount, dir, first: first.message }),
    // A table's error is named at its cell (sub.xlsx:社会救助!F7), a YAML file's at its line and column.
    first.location.kind === 'cell'
      ? { file: first.file, cell: placeText(first) }
      : { file: first.file, line: first.line, column: first.column },
    1,
  );
}
