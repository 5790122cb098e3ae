// The generated files gkml ships (dist/generated/): current with the sources they are made from,
// read through the same path at run time whether gkml runs from dist/ or from src/, and a loud
// failure, never a silent fallback, when one is missing.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR } from '../../src/core/generated.js';
import { validatorsCode } from '../../src/schema/generate-validators.js';
import { VALIDATORS_FILE, validator } from '../../src/schema/validators.js';
import { NATIONAL_ROLES_FILE, collectNationalRoles } from '../../src/rules/support/owners.js';
import { GUIDELINE_NAMES_FILE, collectGuidelineNames } from '../../src/rules/support/guideline-names.js';
import { REPO, spawnCli } from '../helpers/cli.js';

describe('dist/generated/', () => {
  it('holds the validators compiled from the committed schemas of today', () => {
    expect(readFileSync(GENERATED_DIR + VALIDATORS_FILE, 'utf8')).toBe(validatorsCode());
  });

  it('holds the national role names of today', () => {
    expect(JSON.parse(readFileSync(GENERATED_DIR + NATIONAL_ROLES_FILE, 'utf8'))).toEqual(collectNationalRoles());
  });

  it("holds the guidelines' item names of today", () => {
    expect(JSON.parse(readFileSync(GENERATED_DIR + GUIDELINE_NAMES_FILE, 'utf8'))).toEqual(collectGuidelineNames());
  });

  it('is what the code under test reads: the precompiled validators, not a compiler', () => {
    expect(GENERATED_DIR).toBe(join(REPO, 'dist/generated/'));
    expect(validator('county')({})).toBe(false);
    expect(validator('county').toString()).toContain('validate');
  });

  it('missing, stops gkml with one line saying how to build it', () => {
    // A copy of the package without the generated folder.
    const copy = mkdtempSync(join(tmpdir(), 'gkml-unbuilt-'));
    try {
      for (const part of ['package.json', 'bin', 'dist', 'schemas', 'data', 'directories', 'templates'])
        cpSync(join(REPO, part), join(copy, part), { recursive: true });
      symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
      rmSync(join(copy, 'dist/generated'), { recursive: true });
      const run = spawnCli(['lint', join(REPO, 'tests/fixtures/clean')], { cwd: copy, bin: join(copy, 'bin/gkml.js') });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^gkml: gkml 安装不完整：缺少生成文件 dist\/generated\/(validators\.cjs|national-roles\.json)（在 gkml 的源代码目录中运行 npm run build）\n$/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
