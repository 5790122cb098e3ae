// Same workspace, same bytes: two builds (in different time zones) give identical workbooks; the
// only date inside comes from the config or SOURCE_DATE_EPOCH.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseZip } from '../../src/util/zip.js';
import { fixture, spawnCli } from '../helpers/cli.js';
import { scratchDir } from './support.js';

const scratch = scratchDir('xlsx-det');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(name: string, env: NodeJS.ProcessEnv): Uint8Array {
  const out = join(scratch, name);
  const run = spawnCli(['build', fixture('clean'), '--out', out, '--only', 'xlsx'], { env });
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(join(out, 'directory.xlsx'));
}

/** DOS date/time of every local file header. */
function entryTimes(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: string[] = [];
  for (let i = 0; i + 30 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const time = view.getUint16(i + 10, true);
    const date = view.getUint16(i + 12, true);
    out.push(`${(date >> 9) + 1980}-${(date >> 5) & 15}-${date & 31} ${time >> 11}:${(time >> 5) & 63}`);
  }
  return out;
}

describe('deterministic workbook', () => {
  it('is byte-identical across builds and time zones', () => {
    const a = build('shanghai', { TZ: 'Asia/Shanghai' });
    const b = build('new-york', { TZ: 'America/New_York' });
    expect(Buffer.compare(a, b)).toBe(0);
    expect(new Set(entryTimes(a))).toEqual(new Set(['2026-6-30 0:0']));
  });

  it('takes its one date from SOURCE_DATE_EPOCH when set', () => {
    const zip = build('epoch', { SOURCE_DATE_EPOCH: '1767225600' }); // 2026-01-01T00:00:00Z
    expect(new Set(entryTimes(zip))).toEqual(new Set(['2026-1-1 0:0']));
    const core = strFromU8(unzipSync(zip)['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>');
  });

  it('puts [Content_Types].xml first and sorts the other entries', () => {
    const zip = normaliseZip(
      zipSync({ 'xl/b.xml': new Uint8Array([1]), '[Content_Types].xml': new Uint8Array([2]), '_rels/.rels': new Uint8Array([3]) }),
      new Date(0),
    );
    expect(Object.keys(unzipSync(zip))).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/b.xml']);
    // A SOURCE_DATE_EPOCH of 0 predates zip's 1980 epoch: clamped, not an error.
    expect(new Set(entryTimes(zip))).toEqual(new Set(['1980-1-1 0:0']));
  });
});
