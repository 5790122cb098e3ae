// Deterministic synthetic workspaces for the benchmark: county (≈1,000 items in 26 files),
// city (10 counties, ≈10,000 items) and province (100 counties, ≈100,000 items). Items are the
// example county's, renumbered and varied by a seeded generator, so every workspace lints clean.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(REPO, 'examples/demo-county');

export const SCALES = {
  county: { counties: 1, itemsPerCounty: 1000 },
  city: { counties: 10, itemsPerCounty: 1000 },
  // Most cities: a handful of counties of a few hundred items (the default thread count is checked on it).
  smallCity: { counties: 6, itemsPerCounty: 400 },
  province: { counties: 100, itemsPerCounty: 1000 },
};

/** A small seeded PRNG (mulberry32): the same seed gives the same workspace on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exampleDomains() {
  const dir = join(EXAMPLE, 'directories');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')));
}

const TOWNS = ['城关镇', '清河镇', '石桥乡', '河口镇', '新街乡', '青山镇', '白沙乡', '柳林镇'];

function countyName(i) {
  return `样本${String(i + 1).padStart(3, '0')}县`;
}

/** Writes one county workspace with about `items` items spread over the 26 domains. */
function writeCounty(root, index, items, domains, rnd) {
  const region = countyName(index);
  const units = parse(readFileSync(join(EXAMPLE, 'units.yaml'), 'utf8')).units.map((u) => ({
    ...u,
    name: u.name.replace('示例县', region),
  }));
  mkdirSync(join(root, 'directories'), { recursive: true });
  writeFileSync(
    join(root, 'gkml.config.yaml'),
    stringify({
      region,
      level: 'county',
      publisher: `${region}人民政府办公室`,
      version: '2026.1',
      date: '2026-06-30',
      directories: 'directories/*.yaml',
      units: 'units.yaml',
    }),
  );
  writeFileSync(join(root, 'units.yaml'), stringify({ units }));
  const total = domains.reduce((n, d) => n + d.items.length, 0);
  let written = 0;
  domains.forEach((d, di) => {
    const want = di === domains.length - 1 ? items - written : Math.round((items * d.items.length) / total);
    const out = [];
    for (let k = 0; k < want; k++) {
      const base = d.items[k % d.items.length];
      const round = Math.floor(k / d.items.length);
      const town = TOWNS[Math.floor(rnd() * TOWNS.length)];
      out.push({
        ...base,
        id: round === 0 ? base.id : `${d.domain}-g${String(round).padStart(2, '0')}-${String(k % d.items.length).padStart(3, '0')}`,
        l2: round === 0 ? base.l2 : `${base.l2}（${town}第${round}批）`,
        owner: base.owner.replace('示例县', region),
      });
    }
    written += out.length;
    writeFileSync(
      join(root, 'directories', `${d.domain}.yaml`),
      stringify({ domain: d.domain, name: d.name, items: out }, { lineWidth: 0, aliasDuplicateObjects: false }),
    );
  });
  return written;
}

/** Generates the workspaces of a scale under `out`; returns their folders and the item count. */
export function generate(scale, out) {
  const { counties, itemsPerCounty } = SCALES[scale];
  rmSync(out, { recursive: true, force: true });
  const domains = exampleDomains();
  const rnd = random(20261123);
  const roots = [];
  let items = 0;
  for (let i = 0; i < counties; i++) {
    const root = counties === 1 ? out : join(out, 'counties', `c${String(i + 1).padStart(3, '0')}`);
    items += writeCounty(root, i, itemsPerCounty, domains, rnd);
    roots.push(root);
  }
  if (counties > 1) {
    writeFileSync(
      join(out, 'gkml.config.yaml'),
      stringify({
        region: `样本${scale === 'province' ? '省' : '市'}`,
        level: scale === 'province' ? 'province' : 'city',
        publisher: '样本人民政府办公室',
        version: '2026.1',
        date: '2026-06-30',
        regions: ['counties/*'],
      }),
    );
  }
  return { roots, items };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [scale = 'county', out = join(REPO, 'bench/work', scale)] = process.argv.slice(2);
  const { roots, items } = generate(scale, out);
  console.log(`${scale}: ${roots.length} workspace(s), ${items} items → ${out}`);
}
