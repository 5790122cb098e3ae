// `gkml build --cache` on the fixture province (two cities, five counties, two townships): a
// rebuild reuses every region whose inputs did not change and rebuilds the changed one and those
// above it, a changed city setting or template reaches exactly the regions below it, a damaged
// entry is rebuilt; each time the output is byte for byte a clean build's (SHA256SUMS and the
// manifest included). And `--shard i/n`: three shards into three caches, copied together, assembled.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installationFingerprint, regionKeys } from '../../src/publish/cache-key.js';
import { CACHE_MAX_AGE_DAYS } from '../../src/publish/cache-prune.js';
import { fixture, REPO, runCli, spawnCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const env = { SOURCE_DATE_EPOCH: '1782777600' };

/** Every file under `dir` with its bytes, by relative path. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** A copy of the fixture province to change, with a templates folder of its own (one stylesheet). */
function province(name: string): string {
  const root = join(scratch, name);
  cpSync(fixture('province'), root, { recursive: true });
  mkdirSync(join(root, 'tpl/assets'), { recursive: true });
  writeFileSync(join(root, 'tpl/assets/site.css'), readFileSync(join(REPO, 'templates/assets/site.css')));
  appendFileSync(join(root, 'gkml.config.yaml'), '\ntemplates: tpl\n');
  return root;
}

let outputs = 0;
async function build(root: string, ...flags: string[]) {
  const out = join(scratch, `out-${++outputs}`);
  const run = await runCli(['build', root, '--out', out, ...flags], { env });
  expect(run.code, run.stderr).toBe(0);
  const cache = /缓存 .*：复用 (\d+) 个地区，重新生成 (\d+) 个地区/.exec(run.stderr);
  return { files: filesOf(out), reused: Number(cache?.[1] ?? NaN), rebuilt: Number(cache?.[2] ?? NaN), stderr: run.stderr };
}

/** Builds with the cache, and clean; returns what the cached build reused and rebuilt, once the two outputs are the same bytes. */
async function cachedAndClean(root: string) {
  const cached = await build(root, '--cache');
  const clean = await build(root);
  expect(Object.keys(cached.files)).toEqual(Object.keys(clean.files));
  expect(cached.files).toEqual(clean.files);
  return [cached.reused, cached.rebuilt];
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

describe('gkml build --cache', () => {
  const root = province('cached');
  const cacheDir = join(root, '.gkml/cache');
  const entries = () => readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

  it('builds every region the first time and none the second; each output is a clean build', async () => {
    expect(await cachedAndClean(root)).toEqual([0, 8]);
    expect(entries()).toHaveLength(8);
    expect(await cachedAndClean(root)).toEqual([8, 0]);
  }, 300_000);

  it('after a one-item change in one county rebuilds that county and its city only', async () => {
    edit(join(root, 'cities/xizhou/counties/changle/directories/huji-guanli.yaml'), 'l2: 新生儿落户', 'l2: 新生儿出生落户');
    expect(await cachedAndClean(root)).toEqual([6, 2]);
  }, 300_000);

  it('after a change in a township rebuilds it, its county and its city', async () => {
    const file = readdirSync(join(root, 'cities/dongzhou/counties/anping/towns/qinghe/directories'))[0]!;
    appendFileSync(join(root, 'cities/dongzhou/counties/anping/towns/qinghe/directories', file), '\n# 已复核\n');
    expect(await cachedAndClean(root)).toEqual([5, 3]);
  }, 300_000);

  it("after a change of a city's setting rebuilds the regions it reaches, and no other", async () => {
    // Every county and township below 东州市 sets domain-coverage itself: the city's change reaches the city alone.
    edit(join(root, 'cities/dongzhou/gkml.config.yaml'), 'domain-coverage: off', 'domain-coverage: warn');
    expect(await cachedAndClean(root)).toEqual([7, 1]);
    // A rule none of them sets comes down to 安平县 with its two townships and 白水县; 西州市 and its two counties are reused.
    edit(join(root, 'cities/dongzhou/gkml.config.yaml'), 'domain-coverage: warn', 'domain-coverage: warn\n  timeframe-vague: warn');
    expect(await cachedAndClean(root)).toEqual([3, 5]);
  }, 300_000);

  it('after a change of a template rebuilds every region', async () => {
    appendFileSync(join(root, 'tpl/assets/site.css'), '\n/* 本省 */\n');
    expect(await cachedAndClean(root)).toEqual([0, 8]);
  }, 300_000);

  it('rebuilds a damaged entry, and one cut short, and trusts neither', async () => {
    // Two of the eight entries the last build wrote (the cache keeps the older ones too).
    const newest = entries()
      .map((e) => join(e.parentPath, e.name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    const [first, second] = newest;
    const bytes = readFileSync(first!);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(first!, bytes);
    writeFileSync(second!, readFileSync(second!).subarray(0, 200));
    expect(await cachedAndClean(root)).toEqual([6, 2]);
  }, 300_000);

  it(`removes the entries no build has used for ${CACHE_MAX_AGE_DAYS} days, and keeps the ones it uses however old`, async () => {
    const old = new Date(Date.now() - (CACHE_MAX_AGE_DAYS + 10) * 24 * 60 * 60 * 1000);
    const used = entries().map((e) => join(e.parentPath, e.name));
    for (const path of used) utimesSync(path, old, old);
    const place = (name: string, when: Date) => {
      const path = join(cacheDir, name.replace(/^\.?(..).*/, '$1'), name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, 'an entry of a key no build asks for');
      utimesSync(path, when, when);
      return path;
    };
    const stale = place(`${'f'.repeat(64)}.entry`, old);
    const recent = place(`${'e'.repeat(64)}.entry`, new Date());
    const leftover = place(`.${'d'.repeat(64)}.entry.4242.tmp`, old);
    expect(await cachedAndClean(root)).toEqual([8, 0]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    // Left: this build's eight entries, read and so renewed, and the recent one; the older keys' entries went.
    const left = entries().map((e) => join(e.parentPath, e.name));
    expect(left).toHaveLength(9);
    expect(left.filter((p) => p !== recent).every((p) => used.includes(p) && statSync(p).mtimeMs > old.getTime())).toBe(true);
    expect(used.length).toBeGreaterThan(8);
  }, 300_000);

  it('rebuilds everything when its cache is deleted', async () => {
    rmSync(cacheDir, { recursive: true });
    expect(await cachedAndClean(root)).toEqual([0, 8]);
  }, 300_000);
});

describe('cache keys', () => {
  it('differ for another gkml version, and for no change stay the same', async () => {
    const { planRegions } = await import('../../src/publish/regions.js');
    const { regionFolders } = await import('../../src/workspace/region-folders.js');
    const root = fixture('province');
    const plans = await planRegions((await regionFolders(root, REPO)).regions, REPO);
    const setup = {
      cwd: REPO,
      lang: 'zh' as const,
      draft: false,
      targets: ['json' as const],
      publication: { region: '样例省', level: 'province', publisher: 'x', version: '1', date: '2026-06-30', draft: false, site: {} },
      outDir: scratch,
      topRoot: root,
      tree: [],
    } as unknown as Parameters<typeof regionKeys>[0];
    const keys = async (installation: string) => [...(await regionKeys(setup, plans, new Set(), installation)).values()];
    const today = await keys(installationFingerprint('0.1.0'));
    expect(new Set(today).size).toBe(8);
    expect(await keys(installationFingerprint('0.1.0'))).toEqual(today);
    expect((await keys(installationFingerprint('0.1.1'))).filter((k) => today.includes(k))).toEqual([]);
  }, 60_000);
});

describe('gkml build --shard i/n', () => {
  it('three shards, their caches copied together, assemble the same bytes as a clean build', async () => {
    const root = province('sharded');
    const clean = await build(root);
    const shards = [];
    for (const i of [1, 2, 3]) {
      const out = join(scratch, `shard-out-${i}`);
      const run = await runCli(['build', root, '--out', out, '--shard', `${i}/3`, '--cache-dir', join(scratch, `shard-${i}`)], { env });
      expect(run.code, run.stderr).toBe(0);
      // A shard writes into its cache only.
      expect(() => statSync(out)).toThrow();
      shards.push(Number(/分片 \d\/3：(\d+) 个地区已在缓存/.exec(run.stderr)?.[1]));
    }
    // The five leaf-most regions (two townships, three counties) cut into runs of 1, 2 and 2; the
    // third shard also builds 西州市, whose counties are both its own.
    expect(shards).toEqual([1, 2, 3]);
    const merged = join(scratch, 'merged');
    for (const i of [1, 2, 3]) cpSync(join(scratch, `shard-${i}`), merged, { recursive: true });
    const assembled = await build(root, '--cache-dir', merged);
    // Left to assemble: 安平县 (its townships in two shards) and 东州市.
    expect([assembled.reused, assembled.rebuilt]).toEqual([6, 2]);
    expect(assembled.files).toEqual(clean.files);
    // The compiled CLI on two worker threads: regions from the cache taken between the threads' regions.
    const threaded = join(scratch, 'assembled-jobs-2');
    const again = join(scratch, 'merged-again');
    for (const i of [1, 2, 3]) cpSync(join(scratch, `shard-${i}`), again, { recursive: true });
    const run = spawnCli(['build', root, '--out', threaded, '--cache-dir', again, '--jobs', '2'], { env, timeout: 240_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('复用 6 个地区，重新生成 2 个地区');
    expect(filesOf(threaded)).toEqual(clean.files);
  }, 300_000);

  it('gives each region to one shard at most, and every leaf-most region to one', async () => {
    const { planRegions } = await import('../../src/publish/regions.js');
    const { regionFolders } = await import('../../src/workspace/region-folders.js');
    const { shardRegions } = await import('../../src/publish/shards.js');
    const plans = await planRegions((await regionFolders(fixture('province'), REPO)).regions, REPO);
    for (const count of [1, 2, 3, 5, 7]) {
      const taken = [1, 2, 3, 4, 5, 6, 7].slice(0, count).flatMap((index) => shardRegions(plans, { index, count }).map((p) => p.name));
      expect(new Set(taken).size).toBe(taken.length);
      for (const leaf of ['清河镇', '石桥街道', '白水县', '长乐县', '定襄县']) expect(taken).toContain(leaf);
    }
    expect(shardRegions(plans, { index: 1, count: 1 })).toHaveLength(8);
  });

  it.each(['3/2', 'x', '0/2', '1/0'])('refuses --shard %s with a message and exit 2', async (value) => {
    const run = await runCli(['build', fixture('province'), '--shard', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--shard 的取值应为“第几份/共几份”，如 2/8（1 ≤ 第几份 ≤ 共几份 ≤ 9999）：${value}`);
  });
});
