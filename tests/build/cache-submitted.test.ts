// Cached and sharded builds of a city whose regions are submitted tables (issue 28: byte-identity
// of cached, sharded and clean builds for a city of submitted workbooks). A table region's cache key
// is its file and its parent's settings: a changed cell rebuilds that table's region and the city,
// a changed city setting every table region below it; shards copied together assemble the same bytes.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSubmittedCity } from '../fixtures/city-submitted/make-city.js';
import { spawnCli } from '../helpers/cli.js';
import { digest } from '../helpers/digest.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-cache-submitted-'));
const city = join(scratch, 'city');
const env = { SOURCE_DATE_EPOCH: '1782777600' };
beforeAll(() => makeSubmittedCity(city));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let outputs = 0;
/** A build of the city into a fresh folder: its digest, and what the cache reused and rebuilt. */
function build(...flags: string[]) {
  const out = join(scratch, `out-${++outputs}`);
  const run = spawnCli(['build', city, '--out', out, ...flags], { cwd: scratch, env });
  expect(run.code, run.stderr).toBe(0);
  const cache = /缓存 .*：复用 (\d+) 个地区，重新生成 (\d+) 个地区/.exec(run.stderr);
  return { digest: digest(out), counts: cache ? [Number(cache[1]), Number(cache[2])] : undefined };
}

/** The cached build and a clean one write the same bytes; returns the cached build's reused and rebuilt counts. */
function cachedAndClean(): number[] | undefined {
  const cached = build('--cache');
  expect(cached.digest).toBe(build().digest);
  return cached.counts;
}

describe('gkml build --cache on a city of submitted tables', () => {
  it('fills, reuses every region, and rebuilds a changed CSV cell and a changed city setting where they reach', () => {
    // Four regions below the city: 北岭县 (YAML), 清水县's CSV file, 安平县's and 河山县's workbooks.
    expect(cachedAndClean()).toEqual([0, 4]);
    expect(cachedAndClean()).toEqual([4, 0]);
    const csv = join(city, 'counties', 'qingshui-社会救助.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('清水县民政局', '清水县民政局（救助股）'));
    expect(cachedAndClean()).toEqual([3, 1]);
    // A city setting comes down to every region below it, the tables included.
    appendFileSync(join(city, 'gkml.config.yaml'), 'site:\n  identifier: "1234000001"\n');
    expect(cachedAndClean()).toEqual([0, 4]);
  }, 600_000);

  it('assembles two shards of the city, copied together, into the same bytes as a clean build', () => {
    const clean = build();
    for (const i of [1, 2]) {
      const out = join(scratch, `shard-out-${i}`);
      const run = spawnCli(['build', city, '--out', out, '--shard', `${i}/2`, '--cache-dir', join(scratch, `shard-${i}`)], {
        cwd: scratch,
        env,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(() => statSync(out)).toThrow();
    }
    const merged = join(scratch, 'merged');
    for (const i of [1, 2]) cpSync(join(scratch, `shard-${i}`), merged, { recursive: true });
    const assembled = build('--cache-dir', merged);
    expect(assembled.counts).toEqual([4, 0]);
    expect(assembled.digest).toBe(clean.digest);
  }, 600_000);
});
