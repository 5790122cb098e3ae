// `gkml build`: parse flags, run the build (on its own thread, stopped within a second by SIGINT/SIGTERM), report what was written.
import { displayPath } from '../../util/paths.js';
import type { BuildResult } from '../../publish/build.js';
import { buildOnThread } from '../../publish/build-thread.js';
import { GkmlError } from '../../core/errors.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg, NOTHING, say } from '../../i18n/messages.js';
import type { Text } from '../../i18n/text.js';
import { BUILD_TARGETS, type BuildTarget } from '../../export/target-table.js';
import { buildReporter } from '../build-progress.js';
import { parseJobs, parseShard, parseWait } from '../flag-values.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';
import { tightenHeap } from '../heap.js';

export type BuildFlags = CommandFlags<'build'>;

/** `--fillable` writes the fillable workbook, from the workspace as it is: `--only xlsx` or nothing else. */
function fillableTargets(only: BuildTarget[] | undefined): BuildTarget[] {
  if (only && !only.every((t) => t === 'xlsx' || t === 'fillable')) throw new GkmlError(msg(CLI.fillableOnlyXlsx));
  return ['fillable'];
}

function parseOnly(value: string | undefined): BuildTarget[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!(BUILD_TARGETS as readonly string[]).includes(n)) {
      throw new GkmlError(msg(CLI.invalidOnly, { value: n, choices: BUILD_TARGETS }));
    }
  }
  return names as BuildTarget[];
}

/** What a build says when it is done: what it wrote and kept, and what the workspace lacks since the last build. */
function summaryLines(result: BuildResult, cwd: string): Text[] {
  const cache = result.cache;
  if (cache?.shard) {
    const { index, count } = cache.shard;
    return [
      msg(CLI.builtShard, {
        index,
        count,
        regions: result.regionCount,
        dir: displayPath(cache.dir, cwd),
        reused: cache.reused,
        rebuilt: cache.rebuilt,
      }),
    ];
  }
  const where = displayPath(result.outDir, cwd);
  const regions = result.regionCount ? msg(CLI.builtRegions, { count: result.regionCount }) : NOTHING;
  const kept = result.keptCount ? msg(CLI.builtKept, { count: result.keptCount }) : NOTHING;
  const { foreign, missingFiles } = result;
  return [
    msg(CLI.built, { where, regions, domains: result.domainCount, items: result.itemCount, files: result.files.length, kept }),
    ...(foreign.length ? [msg(CLI.builtForeign, { count: foreign.length, files: foreign })] : []),
    ...result.lostDomains.map(({ region, domains }) =>
      msg(CLI.builtLostDomains, { region, count: domains.length, domains: domains.map((d) => msg(CLI.domainNamed, d)) }),
    ),
    ...(missingFiles.length ? [msg(CLI.builtMissingFiles, { count: missingFiles.length, files: missingFiles })] : []),
    ...(cache ? [msg(CLI.builtCache, { dir: displayPath(cache.dir, cwd), reused: cache.reused, rebuilt: cache.rebuilt })] : []),
  ];
}

/** The exit code of a process stopped by a signal: 128 + its number. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

export async function runBuild(workspace: string | undefined, flags: BuildFlags, ctx: CliContext): Promise<number> {
  tightenHeap();
  const only = flags.fillable ? fillableTargets(parseOnly(flags.only)) : parseOnly(flags.only);
  const draft = flags.draft || flags.fillable;
  const wait = parseWait(flags.wait);
  const jobs = parseJobs(flags.jobs);
  const shard = parseShard(flags.shard);
  // A signal stops the build's thread; its staging folder and lock are removed before the process ends.
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    stoppedBy ??= signal;
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const reporter = buildReporter(ctx, flags.quiet);
  try {
    const result = await buildOnThread({
      workspace: workspace ?? '.',
      out: flags.out,
      only,
      ...(flags.previous ? { previous: flags.previous } : {}),
      ...(draft ? { draft: true } : {}),
      cwd: ctx.cwd,
      lang: ctx.lang,
      env: ctx.env,
      signal: controller.signal,
      progress: reporter.progress,
      onRegion: reporter.onRegion,
      wait,
      ...(jobs ? { jobs } : {}),
      ...(flags.cache ? { cache: true } : {}),
      ...(flags.cacheDir !== undefined ? { cacheDir: flags.cacheDir } : {}),
      ...(shard ? { shard } : {}),
      notice: (text) => {
        if (!flags.quiet) ctx.stderr(`${text[ctx.lang]}\n`);
      },
    });
    reporter.end();
    if (stoppedBy) return SIGNAL_EXIT[stoppedBy]!;
    if (flags.quiet) return 0;
    for (const line of summaryLines(result, ctx.cwd)) ctx.stderr(line[ctx.lang] + '\n');
    if (flags.fillable) ctx.stderr(say(ctx.lang, CLI.builtFillable, { errors: result.errorCount }) + '\n');
    else if (draft) ctx.stderr(say(ctx.lang, CLI.builtDraft, { errors: result.errorCount }) + '\n');
    return 0;
  } catch (err) {
    reporter.end();
    if (stoppedBy) return SIGNAL_EXIT[stoppedBy]!;
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
