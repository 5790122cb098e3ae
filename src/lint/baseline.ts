// The baseline file for adopting gkml on a legacy directory (ESLint's bulk suppressions): it
// records how many findings each file (each sheet of a submitted table) has per rule and message;
// later runs report only what goes beyond those counts. `gkml lint --write-baseline` writes it;
// `--baseline <file>` (default .gkml-baseline.json in the working folder) reads it. Messages are recorded in Chinese whatever
// the output language, and paths relative to the baseline file, so the file is the same for everyone.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { faultCause, onPath } from '../core/system-faults.js';
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import { displayPath } from '../util/paths.js';
import { compareStrings } from '../core/order.js';
import { cellOf, type PendingFinding } from './finding.js';
import { append } from '../util/arrays.js';

export const DEFAULT_BASELINE = '.gkml-baseline.json';
const VERSION = 1;

/** file (relative to the baseline file, forward slashes) → rule → message (zh) → count */
export type BaselineCounts = Record<string, Record<string, Record<string, number>>>;

export interface Baseline {
  path: string;
  counts: BaselineCounts;
}

function keyOf(baseline: string, file: string): string {
  return relative(dirname(baseline), file).split('\\').join('/');
}

/** A finding's file as the baseline records it: on a submitted table, the file and its sheet (`sub.xlsx!社会救助`). */
function fileKey(baseline: string, f: PendingFinding): string {
  const cell = cellOf(f);
  return cell ? `${keyOf(baseline, cell.path)}!${cell.sheet}` : keyOf(baseline, f.file.path);
}

export function readBaseline(path: string, cwd: string): Baseline {
  const shown = displayPath(path, cwd);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new GkmlError(msg(LINT.cannotReadBaseline, { detail: faultCause(err, 'read') ?? (err as Error).message }), { file: shown });
  }
  const counts = (data as { version?: unknown; files?: unknown })?.files;
  const valid =
    (data as { version?: unknown }).version === VERSION &&
    counts !== null &&
    typeof counts === 'object' &&
    Object.values(counts).every(
      (rules) =>
        rules &&
        typeof rules === 'object' &&
        Object.values(rules).every(
          (msgs) => msgs && typeof msgs === 'object' && Object.values(msgs).every((n) => Number.isInteger(n) && n > 0),
        ),
    );
  if (!valid) {
    throw new GkmlError(msg(LINT.malformedBaseline, { version: VERSION }), { file: shown });
  }
  return { path, counts: counts as BaselineCounts };
}

/** The baseline at `path` if the file exists (the default location is optional). */
export function readBaselineIfPresent(path: string, cwd: string): Baseline | undefined {
  return existsSync(path) ? readBaseline(path, cwd) : undefined;
}

export function writeBaseline(path: string, findings: readonly PendingFinding[]): number {
  const counts: BaselineCounts = {};
  for (const f of findings) {
    const rules = (counts[fileKey(path, f)] ??= {});
    const messages = (rules[f.rule] ??= {});
    messages[f.message.zh] = (messages[f.message.zh] ?? 0) + 1;
  }
  // Sorted keys at every level: the file diffs cleanly in version control.
  const sorted = <T>(o: Record<string, T>, inner: (v: T) => unknown) =>
    Object.fromEntries(
      Object.keys(o)
        .sort(compareStrings)
        .map((k) => [k, inner(o[k]!)]),
    );
  const files = sorted(counts, (rules) => sorted(rules, (msgs) => sorted(msgs, (n) => n)));
  onPath(path, () => writeFileAtomic(resolve(path), JSON.stringify({ version: VERSION, files }, null, 2) + '\n'));
  return findings.length;
}

export interface BaselineOutcome {
  kept: PendingFinding[];
  /** Findings the baseline hid. */
  suppressed: number;
  /** Recorded findings that no longer occur in the files linted (the baseline can be rewritten). */
  obsolete: number;
}

/**
 * Hide the findings the baseline records. When a file now has more findings of one rule and
 * message than recorded, all of them are reported: gkml cannot tell which one is new.
 */
export function applyBaseline(baseline: Baseline, findings: readonly PendingFinding[], linted: readonly string[]): BaselineOutcome {
  const groups = new Map<string, PendingFinding[]>();
  for (const f of findings) {
    const key = JSON.stringify([fileKey(baseline.path, f), f.rule, f.message.zh]);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const kept: PendingFinding[] = [];
  let suppressed = 0;
  for (const [key, group] of groups) {
    const [file, rule, message] = JSON.parse(key) as [string, string, string];
    const allowed = baseline.counts[file]?.[rule]?.[message] ?? 0;
    if (group.length <= allowed) suppressed += group.length;
    else append(kept, group);
  }
  let obsolete = 0;
  const recorded = Object.keys(baseline.counts);
  for (const path of linted) {
    const own = keyOf(baseline.path, path);
    // A table's findings are recorded per sheet.
    for (const file of recorded.filter((k) => k === own || k.startsWith(`${own}!`))) {
      for (const [rule, messages] of Object.entries(baseline.counts[file] ?? {})) {
        for (const [message, count] of Object.entries(messages)) {
          const now = groups.get(JSON.stringify([file, rule, message]))?.length ?? 0;
          obsolete += Math.max(0, count - now);
        }
      }
    }
  }
  return { kept, suppressed, obsolete };
}

/** What a run says of the baseline file it used: findings it hid, recorded findings that no longer occur; `written` with `writeBaseline`. */
export interface BaselineStats {
  path: string;
  suppressed: number;
  obsolete: number;
  written?: number;
}

/**
 * A run's baseline stage: `baseline` names the file (`true`: .gkml-baseline.json in `cwd`, used
 * when it exists); `writeBaseline` records every finding in it first. The findings it leaves to report.
 */
export function baselineStage(
  options: { baseline?: string | true; writeBaseline?: boolean },
  cwd: string,
  pending: PendingFinding[],
  linted: readonly string[],
): { reported: PendingFinding[]; stats?: BaselineStats } {
  const named = typeof options.baseline === 'string' ? options.baseline : undefined;
  const baselinePath = named || options.baseline === true || options.writeBaseline ? resolve(cwd, named ?? DEFAULT_BASELINE) : undefined;
  const written = options.writeBaseline ? writeBaseline(baselinePath!, pending) : undefined;
  const baseline =
    baselinePath && (named || written !== undefined ? readBaseline(baselinePath, cwd) : readBaselineIfPresent(baselinePath, cwd));
  if (!baseline) return { reported: pending };
  const outcome = applyBaseline(baseline, pending, linted);
  return {
    reported: outcome.kept,
    stats: {
      path: displayPath(baseline.path, cwd),
      suppressed: outcome.suppressed,
      obsolete: outcome.obsolete,
      ...(written !== undefined ? { written } : {}),
    },
  };
}
