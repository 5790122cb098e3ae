// `npm run bench`: gkml's wall time and peak memory as whole processes, against floors measured in
// the same run on the same files. Every figure is a median of several runs;
// every target is a ratio, never an absolute time. Writes bench/results.json.
//
//   npm run bench                          all scales (county, smallCity, city, province, tables), 3 runs each
//   npm run bench -- --scales county,city --runs 5
//   npm run bench -- --scales tables       the 95,000-row submission alone (docs/performance.md)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, SCALES } from './generate.mjs';
import { writeWorkbook } from './workbook.mjs';
import { directoryFiles } from './floors/files.mjs';
import { searchIndexBytes, withoutSynonyms } from './synonyms.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const REPO = join(BENCH, '..');
const WORK = join(BENCH, 'work');
const BIN = join(REPO, 'bin/gkml.js');
const PROBE = join(BENCH, 'rss-probe.mjs');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const scales = option('scales', 'county,smallCity,city,province,tables').split(',');
const TABLE_ROWS = 95_000;
const RUNS = Number(option('runs', '3'));
const noFail = process.argv.includes('--no-fail');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `node args…` `runs` times; returns median wall seconds and median peak RSS in MB. */
function measure(label, args, { runs = RUNS, before, ok = [0] } = {}) {
  const walls = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const rssFile = join(WORK, `rss-${process.pid}.txt`);
    rmSync(rssFile, { force: true });
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', PROBE, ...args], {
      cwd: REPO,
      env: { ...process.env, GKML_RSS_FILE: rssFile, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (!ok.includes(r.status) && !(label.startsWith('spectral') && r.status === 1)) {
      console.error(`  ${label}: exit ${r.status}\n${(r.stderr || '').slice(0, 500)}`);
      return { label, error: `exit ${r.status}: ${(r.stderr || '').split('\n')[0]}` };
    }
    walls.push(wall);
    // The probe records every node process it was loaded into; the command's own is the largest.
    const kb = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) : NaN;
    rss.push(kb / 1024);
  }
  const result = { label, wall: median(walls), rssMB: median(rss), runs: walls };
  console.error(`  ${label.padEnd(22)} ${result.wall.toFixed(3)} s  ${result.rssMB.toFixed(0)} MB`);
  return result;
}

/** How many files differ between two output folders (present in one only, or other bytes). */
function differingFiles(a, b) {
  const digests = (root) => {
    const out = new Map();
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else out.set(relative(root, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
      }
    };
    if (existsSync(root)) walk(root);
    return out;
  };
  const [x, y] = [digests(a), digests(b)];
  if (!x.size || !y.size) return NaN;
  const names = new Set([...x.keys(), ...y.keys()]);
  return [...names].filter((n) => x.get(n) !== y.get(n)).length;
}

/** Appends `（修订n）` to the first 二级事项 of a county's first directory file: a one-item change, another each run. */
function changeOneItem(root, n) {
  const dir = join(root, 'directories');
  const file = join(dir, readdirSync(dir).sort()[0]);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^(\s*l2: )(.*?)(（修订\d+）)?$/m, `$1$2（修订${n}）`));
}

/**
 * `gkml build --cache-dir` on the province: filled by one full build, then rebuilt after a one-item
 * change in one county (another item each run); the bytes compared with a clean build of the same
 * tree; and the per-region times the shard arithmetic of docs/ci/README.md starts from.
 */
function cachedRebuild(top, roots, jobs1Wall) {
  const cacheDir = join(WORK, 'province-build-cache');
  const cachedOut = join(WORK, 'province-cached');
  const cleanOut = join(WORK, 'province-clean');
  for (const d of [cacheDir, cachedOut, cleanOut]) rmSync(d, { recursive: true, force: true });
  const cached = [BIN, 'build', top, '--jobs', '2', '--cache-dir', cacheDir, '--out', cachedOut];
  const buildCacheFill = measure('gkml build --cache (fill)', cached, { runs: 1 });
  let edits = 0;
  const county = roots[Math.floor(roots.length / 3)];
  const buildCachedRebuild = measure('cached rebuild, 1 item', cached, { before: () => changeOneItem(county, ++edits) });
  measure('gkml build (clean, compare)', [BIN, 'build', top, '--jobs', '2', '--out', cleanOut], { runs: 1 });
  const cacheDifferingFiles = differingFiles(cachedOut, cleanOut);
  // With nothing changed: every county from the cache, the top built (what an assembling build does above its shards).
  const buildCachedNoChange = measure('cached rebuild, no change', cached);
  for (const d of [cacheDir, cachedOut, cleanOut]) rmSync(d, { recursive: true, force: true });
  const secondsPerRegionJobs1 = Number((jobs1Wall / roots.length).toFixed(3));
  return { buildCacheFill, buildCachedRebuild, buildCachedNoChange, cacheDifferingFiles, secondsPerRegionJobs1 };
}

function spectralRuleset() {
  const schema = JSON.parse(readFileSync(join(REPO, 'schemas/directory.schema.json'), 'utf8'));
  delete schema.$schema;
  const path = join(WORK, 'spectral-ruleset.json');
  writeFileSync(
    path,
    JSON.stringify({
      rules: {
        'gkml-directory-schema': {
          given: '$',
          severity: 'error',
          then: { function: 'schema', functionOptions: { schema, dialect: 'draft7', allErrors: true } },
        },
      },
    }),
  );
  return path;
}

function ensurePeers() {
  if (!existsSync(join(BENCH, 'node_modules/@stoplight/spectral-cli'))) {
    console.error('installing benchmark peers (bench/package-lock.json)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
  }
}

if (!existsSync(join(REPO, 'dist/cli/main.js'))) {
  console.error('run `npm run build` first');
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });
// Spectral is a peer of the lint benchmarks only: the table and small-city benchmarks run without it.
const yamlScales = scales.filter((s) => s !== 'tables' && s !== 'smallCity');
if (yamlScales.length) ensurePeers();
const spectralBin = join(BENCH, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const ruleset = yamlScales.length ? spectralRuleset() : undefined;

const results = {
  machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  runs: RUNS,
  scales: {},
  startup: {},
};

/** The full build with its default threads (`defaultBuild`, measured unless given) against `--jobs 1`. */
function defaultThreads(top, out, defaultBuild) {
  const fresh = { before: () => rmSync(out, { recursive: true, force: true }) };
  const buildDefault = defaultBuild ?? measure('gkml build (default threads)', [BIN, 'build', top, '--out', out], fresh);
  const buildJobs1 = measure('gkml build --jobs 1', [BIN, 'build', top, '--jobs', '1', '--out', out], fresh);
  rmSync(out, { recursive: true, force: true });
  return { buildDefault, buildJobs1 };
}

for (const scale of scales) {
  if (scale === 'tables') continue;
  if (!SCALES[scale]) throw new Error(`unknown scale ${scale}`);
  const top = join(WORK, scale);
  console.error(`${scale}: generating…`);
  const { roots, items } = generate(scale, top);
  const out = join(WORK, `${scale}-out`);
  if (scale === 'smallCity') {
    // Most cities: only the default thread count is measured here, against one thread.
    results.scales[scale] = { items, workspaces: roots.length, ...defaultThreads(top, out) };
    continue;
  }
  const files = directoryFiles(roots);
  const cache = join(WORK, `${scale}-cache`);
  const r = { items, files: files.length, workspaces: roots.length };
  r.floorParse = measure('floor (a) parse', [join(BENCH, 'floors/parse.mjs'), ...roots]);
  r.lint = measure('gkml lint', [BIN, 'lint', top, '-f', 'json']);
  r.spectral = measure('spectral lint', [spectralBin, 'lint', '--ruleset', ruleset, '-f', 'json', `${top}/**/directories/*.yaml`]);
  measure('gkml lint --cache (fill)', [BIN, 'lint', top, '--cache', '--cache-location', cache, '-f', 'json'], {
    runs: 1,
    before: () => rmSync(cache, { recursive: true, force: true }),
  });
  r.lintCached = measure('gkml lint --cache', [BIN, 'lint', top, '--cache', '--cache-location', cache, '-f', 'json']);
  // For the record (no target): the content strategy reads and hashes every file.
  const byContent = [BIN, 'lint', top, '--cache', '--cache-strategy', 'content', '--cache-location', cache, '-f', 'json'];
  measure('gkml lint --cache content (fill)', byContent, { runs: 1 });
  r.lintCachedContent = measure('gkml lint --cache content', byContent);
  r.floorXlsx = measure('floor (b) exceljs', [join(BENCH, 'floors/xlsx.mjs'), join(WORK, 'floor-out'), ...roots], {
    before: () => mkdirSync(join(WORK, 'floor-out'), { recursive: true }),
  });
  r.floorHtml = measure('floor (c) handlebars', [join(BENCH, 'floors/html.mjs'), join(WORK, 'floor-out'), ...roots]);
  // The Word target is measured up to the city (a province's hundred documents add minutes, not news).
  const targets = scale === 'province' ? ['xlsx', 'html', 'json'] : ['xlsx', 'docx', 'html', 'json'];
  if (targets.includes('docx'))
    r.floorDocx = measure('floor (d) docx', [join(BENCH, 'floors/docx.mjs'), join(WORK, 'floor-out'), ...roots]);
  // Each target's writer on one thread (--jobs N holds N regions at once, so N times the memory).
  for (const target of targets) {
    r[`build_${target}`] = measure(`gkml build ${target}`, [BIN, 'build', top, '--only', target, '--jobs', '1', '--out', out], {
      before: () => rmSync(out, { recursive: true, force: true }),
    });
  }
  // The full build with its default threads (chosen from the tree's size: two here for the province).
  r.build = measure('gkml build (all)', [BIN, 'build', top, '--out', out], {
    before: () => rmSync(out, { recursive: true, force: true }),
  });
  if (scale === 'county') Object.assign(r, defaultThreads(top, out, r.build));
  if (scale === 'province') {
    // Both cores against one: the full build above ran the regions on its default threads (two worker threads here); once more on one thread, and the bytes compared.
    const two = join(WORK, 'province-jobs2');
    const one = join(WORK, 'province-jobs1');
    renameSync(out, two);
    r.buildJobs2 = r.build;
    r.buildJobs1 = measure('gkml build --jobs 1', [BIN, 'build', top, '--jobs', '1', '--out', one], {
      runs: 2,
      before: () => rmSync(one, { recursive: true, force: true }),
    });
    r.jobsDifferingFiles = differingFiles(one, two);
    r.itemsPerSecondJobs2 = Math.round(items / r.buildJobs2.wall);
    rmSync(one, { recursive: true, force: true });
    rmSync(two, { recursive: true, force: true });
    Object.assign(r, cachedRebuild(top, roots, r.buildJobs1.wall));
  }
  if (scale === 'city') {
    // The synonyms' cost: the site built again from the same tree without gkml's registry.
    const plain = withoutSynonyms(top, join(WORK, 'city-no-synonyms'));
    const html = (root) => [BIN, 'build', root, '--only', 'html', '--out', out];
    const fresh = { before: () => rmSync(out, { recursive: true, force: true }) };
    r.build_html_noSynonyms = measure('gkml build html, no syn.', html(plain), fresh);
    r.searchIndexBytesNoSynonyms = searchIndexBytes(join(out, 'site'));
    r.build_html_synonyms = measure('gkml build html (again)', html(top), fresh);
    r.searchIndexBytes = searchIndexBytes(join(out, 'site'));
    rmSync(plain, { recursive: true, force: true });
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(join(WORK, 'floor-out'), { recursive: true, force: true });
  results.scales[scale] = r;
}

// A submitted workbook of 95,000 rows (about 50 MB; written once by exceljs's streaming writer and
// kept in bench/work), linted against floor (e): exceljs's streaming reader reading the same file.
if (scales.includes('tables')) {
  const book = join(WORK, `submission-${TABLE_ROWS}.xlsx`);
  if (!existsSync(book)) {
    console.error(`tables: writing a ${TABLE_ROWS}-row workbook…`);
    await writeWorkbook(book, TABLE_ROWS);
  }
  const r = { rows: TABLE_ROWS, fileMB: Math.round(statSync(book).size / 2 ** 20) };
  r.floorRead = measure('floor (e) exceljs read', [join(BENCH, 'floors/read-xlsx.mjs'), book]);
  r.lint = measure('gkml lint 95k rows', [BIN, 'lint', book, '-f', 'json', '-o', `json=${join(WORK, 'tables-lint.json')}`], { ok: [0, 1] });
  results.tables = r;
}

// Start-up: bare Node loading yaml, against `gkml --version` and a lint of one small file.
const small = join(REPO, 'tests/fixtures/clean/directories/shehui-jiuzhu.yaml');
results.startup.node = measure('node require(yaml)', ['-e', "require('yaml')"], { runs: 10 });
results.startup.version = measure('gkml --version', [BIN, '--version'], { runs: 10 });
results.startup.lintSmall = measure('gkml lint small file', [BIN, 'lint', small], { runs: 10 });

// Targets (ratios to floors of the same run).
const checks = [];
const ratio = (a, b) => (a && b && !a.error && !b.error ? a.wall / b.wall : NaN);
const check = (name, value, limit) =>
  checks.push({
    name,
    value: Number.isFinite(value) ? Number(value.toFixed(3)) : null,
    limit,
    pass: Number.isFinite(value) && value <= limit,
  });
for (const [scale, r] of Object.entries(results.scales)) {
  if (scale === 'county' || scale === 'smallCity')
    check(`${scale}: build default threads / --jobs 1`, ratio(r.buildDefault, r.buildJobs1), 1.05);
  if (scale === 'smallCity')
    check('smallCity: build default threads peak RSS / --jobs 1', r.buildDefault?.rssMB / r.buildJobs1?.rssMB, 1.2);
  if (scale === 'smallCity') continue;
  if (scale !== 'county') {
    check(`${scale}: lint / floor (a)`, ratio(r.lint, r.floorParse), 0.6);
    check(`${scale}: lint / spectral`, ratio(r.lint, r.spectral), 0.8);
  }
  if (scale === 'province') check('province: lint --cache / lint', ratio(r.lintCached, r.lint), 0.1);
  check(`${scale}: build xlsx / (a)+(b)`, r.build_xlsx?.wall / (r.floorParse?.wall + r.floorXlsx?.wall), 1.3);
  check(`${scale}: build html / (a)+(c)`, r.build_html?.wall / (r.floorParse?.wall + r.floorHtml?.wall), 1.3);
  if (scale === 'city') check('city: build docx / (a)+(d)', r.build_docx?.wall / (r.floorParse?.wall + r.floorDocx?.wall), 1.3);
  if (scale === 'city') check('city: build docx peak RSS (MB)', r.build_docx?.rssMB, 400);
  if (scale === 'city') check('city: build xlsx peak RSS (MB)', r.build_xlsx?.rssMB, 300);
  if (scale === 'city') check('city: build html / without synonyms', ratio(r.build_html_synonyms, r.build_html_noSynonyms), 1.1);
  if (scale === 'city') check('city: search index / without synonyms', r.searchIndexBytes / r.searchIndexBytesNoSynonyms, 1.1);
  if (scale === 'province') check('province: build peak RSS (MB)', r.build?.rssMB, 1024);
  if (scale === 'province') check('province: build --jobs 2 / --jobs 1', ratio(r.buildJobs2, r.buildJobs1), 0.65);
  if (scale === 'province') check('province: build default threads / --jobs 1', ratio(r.buildJobs2, r.buildJobs1), 0.85);
  if (scale === 'province') check('province: build --jobs 2 peak RSS (MB)', r.buildJobs2?.rssMB, 1024);
  if (scale === 'province') check('province: files differing, --jobs 2 vs 1', r.jobsDifferingFiles, 0);
  if (scale === 'province')
    check('province: cached rebuild after a one-item change / full build', ratio(r.buildCachedRebuild, r.build), 0.25);
  if (scale === 'province') check('province: files differing, cached rebuild vs clean', r.cacheDifferingFiles, 0);
  if (scale === 'province') check('province: lint peak RSS (MB)', r.lint?.rssMB, 350);
  if (scale === 'county') check('county: lint peak RSS (MB)', r.lint?.rssMB, 150);
}
if (results.tables) {
  const t = results.tables;
  check('tables: lint 95k rows / floor (e)', ratio(t.lint, t.floorRead), 3);
  check('tables: lint 95k rows wall (s)', t.lint?.wall, 60);
  check('tables: lint 95k rows peak RSS (MB)', t.lint?.rssMB, 1024);
}
check('gkml --version / node require(yaml)', ratio(results.startup.version, results.startup.node), 2);
check('gkml lint small / node require(yaml)', ratio(results.startup.lintSmall, results.startup.node), 2);
// Linearity: seconds per item at each scale against the county's, within 15 %.
const county = results.scales.county;
for (const scale of ['city', 'province']) {
  const r = results.scales[scale];
  if (!county || !r) continue;
  for (const key of ['lint', 'build']) {
    const perItem = (x) => x[key]?.wall / x.items;
    check(`${scale}: ${key} time per item / county's`, perItem(r) / perItem(county), 1.15);
  }
}
results.checks = checks;
writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');

console.log('\ntarget                                          value   limit');
for (const c of checks) console.log(`${c.pass ? '✔' : '✖'} ${c.name.padEnd(44)} ${String(c.value ?? '—').padStart(7)}  ≤ ${c.limit}`);
console.log(`\nwritten: bench/results.json`);
process.exitCode = checks.every((c) => c.pass) || noFail ? 0 : 1;
