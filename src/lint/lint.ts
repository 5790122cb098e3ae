// `lint()`, the library's one entry point for checking: answers from the cache when asked to and
// nothing changed, applies fixes when asked to (src/lint/fix.ts), records the baseline file when
// asked to, and otherwise runs the pipeline (src/lint/run.ts). Only what a call needs is loaded:
// a cache hit never loads the rules, the validators of directory files or the YAML readers.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import { isTableFile } from '../workspace/table-files.js';
import { resolveTargets, type Target } from '../workspace/input-files.js';
import { DEFAULT_BASELINE } from './baseline.js';
import type { LintOptions, LintResult } from './run.js';

/** The cache folder when `--cache` names none (relative to the working folder). */
export const DEFAULT_CACHE_LOCATION = '.gkml-cache';

/** Fixes are written to YAML, never into a submitted workbook or CSV file: `gkml import` makes the YAML. */
async function refuseFixingTables(options: LintOptions): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const targets = await resolveTargets(options.targets?.length ? options.targets : ['.'], cwd, { withRegions: options.withRegions });
  const table = targets.find((t) => isTableFile(t.path));
  if (table) throw new GkmlError(msg(LINT.fixOnTable, { file: table.display }));
}

async function runPipeline(options: LintOptions, targets?: readonly Target[]): Promise<LintResult> {
  const { lintRun } = await import('./run.js');
  // Only the report is wanted: the run keeps no file it has no finding in.
  return (await lintRun({ ...options, keepSources: false }, targets)).result;
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  if (options.fix === true) await refuseFixingTables(options);
  if (options.fix) {
    const { lintAndFix } = await import('./fix.js');
    const { run, changed } = await lintAndFix(options);
    if (options.fix === true || run.tableSources.size === 0) return { ...run.result, fixed: changed };
    const { cellFixes } = await import('./table-fixes.js');
    return { ...run.result, fixed: changed, cellFixes: cellFixes(run) };
  }
  // A run that writes the baseline, or lints texts not on disk, is never answered from the cache.
  if (!options.cache || options.texts || options.writeBaseline) return runPipeline(options);
  // Loaded only for --cache: hashing (node:crypto) and v8 serialization are not a plain lint's cost.
  const { cacheKey, readCached, writeCached } = await import('./cache.js');
  const cwd = options.cwd ?? process.cwd();
  const location = resolve(cwd, options.cache);
  const targets = await resolveTargets(options.targets?.length ? options.targets : ['.'], cwd, { withRegions: options.withRegions });
  const baseline =
    options.baseline === true ? resolve(cwd, DEFAULT_BASELINE) : options.baseline ? resolve(cwd, options.baseline) : undefined;
  const key = cacheKey(targets, options.cacheStrategy ?? 'metadata', {
    cwd,
    lang: options.lang ?? 'zh',
    profile: options.profile,
    rules: options.rules,
    baseline: baseline && existsSync(baseline) ? readFileSync(baseline, 'utf8') : null,
    // The settings given for submitted tables, by their text.
    config: options.config ? readFileSync(resolve(cwd, options.config), 'utf8') : null,
    domain: options.domain ?? null,
  });
  const cached = readCached<LintResult>(location, key);
  if (cached) return cached;
  const result = await runPipeline(options, targets);
  writeCached(location, key, result);
  return result;
}
