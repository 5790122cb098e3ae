// The bundled example county 示例县: complete (26 domains, ≥ 300 items), clean under every rule,
// covering the whole national guidelines, with every owner in its units registry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/coverage/coverage.js';
import { lint } from '../../src/lint/lint.js';
import { compile } from '../../src/model/cascade.js';
import { DOMAINS } from '../../src/model/domains.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO } from '../helpers/cli.js';

const root = join(REPO, 'examples/demo-county');

describe('examples/demo-county', () => {
  it('has one file per domain, 26 in all, and at least 300 items', async () => {
    const c = compile(await loadWorkspace(root));
    expect(c.region).toBe('示例县');
    expect(c.domains.map((d) => d.id)).toEqual(DOMAINS.map((d) => d.id));
    expect(c.itemCount).toBeGreaterThanOrEqual(300);
    expect(readdirSync(join(root, 'directories'))).toHaveLength(26);
  });

  it('lints clean under all rules', async () => {
    const result = await lint({ targets: [root], cwd: REPO });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });

  it('covers every item of the national guidelines and adds its own', async () => {
    const report = await coverage({ workspace: root });
    expect(report.totals.missing).toBe(0);
    expect(report.totals.percent).toBe(100);
    expect(report.totals.added).toBeGreaterThan(100);
  });

  it('names every owner in units.yaml', async () => {
    const units = new Set((parse(readFileSync(join(root, 'units.yaml'), 'utf8')).units as { name: string }[]).map((u) => u.name));
    const c = compile(await loadWorkspace(root));
    for (const d of c.domains) for (const item of d.items) expect(units, item.id).toContain(item.owner);
  });
});
