// The national guidelines in directories/: exactly the 26 domains, every 一级/二级事项 known from
// the public guidelines (tests/fixtures/reference/domains.json, a copy of the research data),
// each domain with its sources, and clean under the lenient guideline profile.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import type { DirectoryData } from '../../src/model/types.js';
import { DOMAINS } from '../../src/model/domains.js';
import { REPO, fixture } from '../helpers/cli.js';

interface RefDomain {
  id: string;
  name: string;
  items: { l1: string; l2: string[] }[];
}

const reference = JSON.parse(readFileSync(fixture('reference/domains.json'), 'utf8')) as RefDomain[];
const dir = join(REPO, 'directories');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const guideline = new Map(files.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as DirectoryData]));

/** The research notes annotate some names: "(later: …)" or "(a; b; c)" lists are notes, not names. */
function normalise(name: string): string {
  return name.replace(/\s*\((?:later:|[^)]*;)[^)]*\)/g, '').replace(/[()（）\s]/g, '');
}

describe('national guidelines', () => {
  it('holds exactly the 26 domains, with ids and names as in the reference and the code', () => {
    expect([...guideline.keys()].sort()).toEqual(reference.map((d) => d.id).sort());
    expect(DOMAINS.map((d) => [d.id, d.name])).toEqual(reference.map((d) => [d.id, d.name]));
    for (const d of reference) {
      expect(guideline.get(d.id)!.domain).toBe(d.id);
      expect(guideline.get(d.id)!.name).toBe(d.name);
    }
  });

  it.each(reference.map((d) => [d.id, d] as const))('%s keeps every known 一级/二级事项', (_id, ref) => {
    const data = guideline.get(ref.id)!;
    const have = new Set(data.items.map((i) => `${normalise(i.l1)}|${normalise(i.l2 ?? '')}`));
    const l1s = new Set(data.items.map((i) => normalise(i.l1)));
    for (const item of ref.items) {
      expect(l1s, item.l1).toContain(normalise(item.l1));
      for (const l2 of item.l2) expect(have, `${item.l1} / ${l2}`).toContain(`${normalise(item.l1)}|${normalise(l2)}`);
    }
  });

  it('records sources and completeness for every domain', () => {
    for (const [id, data] of guideline) {
      expect(data.profile, id).toBe('guideline');
      expect(data.sources?.length, id).toBeGreaterThan(0);
      expect(typeof data.complete, id).toBe('boolean');
      for (const s of data.sources ?? []) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('uses ids of the form <domain>-NN-MM, unique across the guidelines', () => {
    const ids = [...guideline.values()].flatMap((d) => d.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, data] of guideline) for (const item of data.items) expect(item.id).toMatch(new RegExp(`^${id}-\\d{2}-\\d{2}$`));
  });

  it('lints clean under the guideline profile', async () => {
    const result = await lint({ targets: ['directories'], cwd: REPO, profile: 'guideline' });
    expect(result.files).toHaveLength(26);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });

  it('is not a county directory: the strict profile reports the unset fields', async () => {
    const result = await lint({ targets: ['directories/jiuye.yaml'], cwd: REPO, profile: 'county' });
    expect(result.errorCount).toBeGreaterThan(0);
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(['schema']));
  });
});
