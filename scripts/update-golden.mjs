// `npm run test:update-golden`: rewrites every golden file (tests/golden/) from the current
// behaviour, by running each test file that compares against one with GKML_UPDATE_GOLDEN=1.
// Review the diff before committing: a golden is a promise about output.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const testFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
const withGoldens = testFiles('tests').filter((f) => readFileSync(f, 'utf8').includes('expectGolden('));
const run = spawnSync('npx', ['vitest', 'run', ...withGoldens], { stdio: 'inherit', env: { ...process.env, GKML_UPDATE_GOLDEN: '1' } });
process.exit(run.status ?? 1);
