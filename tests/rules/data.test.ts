// The registries in data/ against the schemas their rules declare, and against each other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isCanonicalChannel } from '../../src/model/channels.js';
import { BASIS_TITLES_SCHEMA } from '../../src/rules/basis-title.js';
import { STALE_CITATIONS_SCHEMA, staleEntryFor } from '../../src/rules/basis-stale.js';
import { CHANNEL_VARIANTS_SCHEMA } from '../../src/rules/channel-vocabulary.js';
import { DATA_DIR } from '../../src/rules/support/data.js';
import { ROLE_UNITS_SCHEMA, collectNationalRoles } from '../../src/rules/support/owners.js';
import { REPO } from '../helpers/cli.js';
import { createAjv } from '../../src/schema/generate-validators.js';

const read = (name: string) => parse(readFileSync(join(DATA_DIR, name), 'utf8')) as Record<string, unknown>;

describe('data registries', () => {
  it.each([
    ['channel-variants.yaml', CHANNEL_VARIANTS_SCHEMA],
    ['stale-citations.yaml', STALE_CITATIONS_SCHEMA],
    ['basis-titles.yaml', BASIS_TITLES_SCHEMA],
    ['role-units.yaml', ROLE_UNITS_SCHEMA],
    ['township-units.yaml', ROLE_UNITS_SCHEMA],
  ] as const)('%s matches its schema', (name, schema) => {
    const validate = createAjv().compile(schema);
    expect(validate(read(name)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('maps channel variants to canonical options and never lists a canonical name as a variant', () => {
    const { variants, others } = read('channel-variants.yaml') as { variants: { name: string; channel: string }[]; others: string[] };
    for (const v of variants) {
      expect(isCanonicalChannel(v.channel), v.name).toBe(true);
      expect(isCanonicalChannel(v.name), v.name).toBe(false);
    }
    expect(new Set(variants.map((v) => v.name)).size).toBe(variants.length);
    for (const o of others) expect(isCanonicalChannel(o), o).toBe(false);
  });

  it('never names a stale instrument as the replacement of another', () => {
    const { entries } = read('stale-citations.yaml') as {
      entries: { title: string; refs?: string[]; editions?: number[]; replacement: string; confirmed: boolean }[];
    };
    for (const e of entries) {
      // Each entry matches its own citation …
      const cited = e.title + (e.refs ? `(${e.refs[0]})` : e.editions ? `(${e.editions[0]}年)` : '');
      expect(staleEntryFor(cited)?.title, cited).toBe(e.title);
      // … and its replacement is current.
      for (const part of e.replacement.split('、')) expect(staleEntryFor(part), `${e.title} → ${part}`).toBeUndefined();
    }
    // Some entries are confirmed by a captured source, the rest say that they still need one.
    expect(entries.some((e) => e.confirmed)).toBe(true);
    expect(entries.some((e) => !e.confirmed)).toBe(true);
  });

  it('never corrects a title into a wrong one', () => {
    const { corrections } = read('basis-titles.yaml') as { corrections: { official: string; wrong?: string[] }[] };
    const wrong = new Set(corrections.flatMap((c) => c.wrong ?? []));
    for (const c of corrections) expect(wrong.has(c.official), c.official).toBe(false);
  });
});

describe('the national role names', () => {
  it('`npm run build` wrote the ones the guidelines and data/role-units.yaml hold today', () => {
    // dist/ is built before the tests (pretest); a guideline edit without a rebuild would leave lint with old roles.
    const built = JSON.parse(readFileSync(join(REPO, 'dist/generated/national-roles.json'), 'utf8')) as string[];
    const roles = collectNationalRoles();
    expect(built).toEqual(roles);
    expect(roles).toContain('县级人民政府民政部门');
  });

  it('gives a township no bureau, and only roles lint knows, each to one of its units', () => {
    const { roles } = read('township-units.yaml') as { roles: { unit: string; level?: string; roles: string[] }[] };
    const national = new Set(collectNationalRoles());
    const taken = roles.flatMap((r) => r.roles);
    for (const r of roles) {
      expect(r.unit, r.unit).toMatch(/^\{region\}/);
      expect(r.unit, r.unit).not.toMatch(/局/);
      expect(r.level ?? '乡级', r.unit).toBe('乡级');
    }
    for (const role of taken) expect(national, role).toContain(role);
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken).toContain('乡镇政府(街道办事处)');
  });
});
