// Builds the regions of a tree, each once the regions below it are written: on this thread, or on
// worker threads (`--jobs`), a region to whichever thread is free. Which thread builds a region
// changes nothing in the output: a region's files depend only on its own directories and on its
// regions' summaries. Each thread holds one region at a time; this one holds the summaries.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { GkmlError, type Location } from '../core/errors.js';
import { faultFromRecord, type FaultRecord } from '../core/system-faults.js';
import { walkRegions } from '../core/region-tree.js';
import type { Text } from '../i18n/text.js';
import type { RegionSummary } from '../export/target-writer.js';
import type { BuildCache } from './build-cache.js';
import type { LintGate } from './lint-gate.js';
import type { WorkspaceDomains } from './output-manifest.js';
import { addFiles, buildRegion, type BuildSetup, type RegionJob, type RegionOutcome, type TargetFiles } from './region-pipeline.js';
import type { RegionPlan } from './regions.js';

const WORKER = new URL('./region-worker.js', import.meta.url);

/** Where a build with regions is: region `index` of `total` (from 1, in build order); `itemCount` (its own and those below it) once it is written. */
export interface RegionProgress {
  index: number;
  total: number;
  name: string;
  itemCount?: number;
}

export type RegionReply =
  | { outcome: RegionOutcome }
  | { error: { text: Text; location?: Location; exitCode?: number } }
  /** Not a problem with the input: a fault of gkml's or the machine's, rethrown here as an Error with the worker's stack and code. */
  | { fault: FaultRecord };

function replyError(reply: Exclude<RegionReply, { outcome: RegionOutcome }>): Error {
  if ('error' in reply) return new GkmlError(reply.error.text, reply.error.location, reply.error.exitCode);
  return faultFromRecord(reply.fault);
}

export interface RegionRunOptions {
  jobs?: number;
  gate: LintGate;
  signal?: AbortSignal;
  onRegion?: (event: RegionProgress) => void;
  /** Regions found there are not built (`--cache`); those built are kept there. */
  cache?: BuildCache;
  /** Only these regions (a shard's, `--shard`), with every region below each of them. */
  only?: readonly RegionPlan[];
}

/**
 * Input a worker thread must have to pay for itself: starting one loads the whole program again
 * (about a second of CPU and 100–150 MB here), which a few hundred items per region never win back.
 * Measured with `npm run bench`: a city of 6 × 400 items (1.9 MB) is slower on two threads than on
 * one; the 100-county province (80 MB) is about 0.6 × as fast on two.
 */
export const BYTES_PER_THREAD = 4 * 1024 * 1024;

/**
 * The threads for building `regions` (those the build must compile, not those it reuses): `--jobs`
 * when given, else as many as their input feeds (one per BYTES_PER_THREAD), at most one per CPU;
 * never more than the regions; 1 means this thread.
 */
export function jobCount(requested: number | undefined, regions: readonly RegionPlan[]): number {
  // Worker threads run compiled JavaScript; from TypeScript sources (tests of the library) stay on this thread.
  if (!existsSync(fileURLToPath(WORKER))) return 1;
  const inputBytes = regions.reduce((sum, region) => sum + region.inputBytes, 0);
  const wanted = requested ?? Math.min(availableParallelism(), Math.floor(inputBytes / BYTES_PER_THREAD));
  return Math.max(1, Math.min(wanted, regions.length));
}

/** What the regions of a build made: their summaries, files and domains (by the region's folder). */
export interface RegionsBuilt {
  summaries: RegionSummary[];
  written: TargetFiles;
  workspaces: Record<string, WorkspaceDomains>;
}

export async function buildRegions(setup: BuildSetup, plans: readonly RegionPlan[], options: RegionRunOptions): Promise<RegionsBuilt> {
  const visits = walkRegions(plans, 'post');
  const only = options.only && new Set(options.only);
  const order = visits.map((v) => v.region).filter((plan) => !only || only.has(plan));
  const trails = new Map(visits.map((v) => [v.region, v.trail.map(({ slug, name, folder }) => ({ slug, name, folder }))]));
  const { gate, signal, onRegion, cache } = options;
  const summaries = new Map<string, RegionSummary>();
  const written: TargetFiles = {};
  const workspaces: Record<string, WorkspaceDomains> = {};
  const jobOf = (plan: RegionPlan): RegionJob => {
    const { regions, ...own } = plan;
    return { plan: own, trail: trails.get(plan)!, regions: regions.flatMap((r) => summaries.get(r.folder) ?? []), write: !gate.failed };
  };
  const indexOf = new Map(order.map((plan, i) => [plan, i + 1]));
  const step = (plan: RegionPlan) => ({ index: indexOf.get(plan)!, total: order.length, name: plan.name });
  const record = (plan: RegionPlan, outcome: RegionOutcome, built = true) => {
    if (built) cache?.store(plan, outcome);
    gate.add(outcome.lint);
    addFiles(written, outcome.written);
    if (outcome.summary) summaries.set(plan.folder, outcome.summary);
    if (outcome.domains) workspaces[plan.folder] = { region: plan.name, domains: outcome.domains };
  };
  const threads = jobCount(options.jobs, cache ? order.filter((plan) => !cache.has(plan)) : order);
  if (threads > 1) {
    const cached = (plan: RegionPlan) => cache?.restore(plan);
    await inWorkers(setup, order, threads, { jobOf, record, cached, step, failed: () => gate.failed, signal, onRegion });
  } else {
    for (const plan of order) {
      signal?.throwIfAborted();
      onRegion?.(step(plan));
      const reused = cache?.restore(plan);
      const outcome = reused ?? (await buildRegion(setup, jobOf(plan), signal));
      record(plan, outcome, !reused);
      if (outcome.summary) onRegion?.({ ...step(plan), itemCount: outcome.summary.itemCount });
    }
  }
  return { summaries: plans.flatMap((p) => summaries.get(p.folder) ?? []), written, workspaces };
}

interface Hooks {
  jobOf(plan: RegionPlan): RegionJob;
  record(plan: RegionPlan, outcome: RegionOutcome, built?: boolean): void;
  /** The region's outcome from the cache, if it is there. */
  cached(plan: RegionPlan): RegionOutcome | undefined;
  step(plan: RegionPlan): RegionProgress;
  /** Once lint has stopped the build: regions still being written when it did are not reported written. */
  failed(): boolean;
  signal?: AbortSignal;
  onRegion?: (event: RegionProgress) => void;
}

/**
 * The regions on up to `threads` worker threads: each free thread takes the first region, in build
 * order, whose own regions are all written. Regions are reported written in build order, as on one thread.
 */
async function inWorkers(setup: BuildSetup, order: readonly RegionPlan[], threads: number, hooks: Hooks): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const waiting = new Set(order);
  const planned = new Set(order);
  const outcomes = new Map<RegionPlan, RegionOutcome>();
  let reported = 0;
  // Reports wait here until every region before them in build order is reported.
  const report = () => {
    for (let plan = order[reported]; plan && outcomes.has(plan); plan = order[++reported]) {
      const summary = outcomes.get(plan)!.summary;
      if (summary && !hooks.failed()) hooks.onRegion?.({ ...hooks.step(plan), itemCount: summary.itemCount });
    }
  };
  const workers: InstanceType<typeof Worker>[] = [];
  let stop = () => {};
  try {
    await new Promise<void>((resolve, reject) => {
      const idle: InstanceType<typeof Worker>[] = [];
      const busy = new Map<InstanceType<typeof Worker>, RegionPlan>();
      let ended = false;
      const fail = (err: unknown) => {
        ended = true;
        reject(err);
      };
      const done = (plan: RegionPlan, outcome: RegionOutcome, built: boolean) => {
        hooks.record(plan, outcome, built);
        outcomes.set(plan, outcome);
        report();
      };
      // A thread is started only when a region is ready for it and every started thread is busy.
      const start = () => {
        const worker = new Worker(WORKER, { workerData: setup });
        workers.push(worker);
        worker.on('message', (reply: RegionReply) => {
          const plan = busy.get(worker)!;
          busy.delete(worker);
          if (!('outcome' in reply)) return fail(replyError(reply));
          done(plan, reply.outcome, true);
          idle.push(worker);
          pump();
        });
        worker.once('error', fail);
        // A thread that ends before the build does (killed, out of memory) would leave its region unfinished for ever.
        worker.once('exit', (code) => {
          if (!ended) fail(new Error(`a build thread ended early (exit code ${code})`));
        });
        return worker;
      };
      const pump = () => {
        if (ended) return;
        if (hooks.signal?.aborted) return fail(hooks.signal.reason);
        while (idle.length || workers.length < threads) {
          const next = [...waiting].find((p) => p.regions.every((r) => outcomes.has(r) || !planned.has(r)));
          if (!next) break;
          waiting.delete(next);
          hooks.onRegion?.(hooks.step(next));
          const reused = hooks.cached(next);
          if (reused) {
            done(next, reused, false);
            continue;
          }
          const worker = idle.pop() ?? start();
          busy.set(worker, next);
          worker.postMessage(hooks.jobOf(next));
        }
        if (!waiting.size && !busy.size) {
          ended = true;
          resolve();
        }
      };
      const onAbort = () => fail(hooks.signal!.reason);
      hooks.signal?.addEventListener('abort', onAbort, { once: true });
      stop = () => hooks.signal?.removeEventListener('abort', onAbort);
      pump();
    });
  } finally {
    stop();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
