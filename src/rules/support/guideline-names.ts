// The 一级/二级事项 names each national guideline writes: a county name that is only their first
// characters (政策 for 政策法规文件, 部门 for 部门文件) was cut short by a narrow cell or a copy.
import { readFileSync } from 'node:fs';
import { generatedFile } from '../../core/generated.js';
import { loadGuidelines } from '../../guideline/guideline.js';
import { normaliseName } from '../../model/names.js';

export type NameLevel = 'l1' | 'l2';
export type GuidelineNames = Record<string, Record<NameLevel, string[]>>;

/** Each guideline's 一级 and 二级事项 names by domain, sorted (what `npm run build` writes). */
export function collectGuidelineNames(): GuidelineNames {
  const out: GuidelineNames = {};
  for (const { data } of [...loadGuidelines().values()].sort((a, b) => a.data.domain.localeCompare(b.data.domain))) {
    const names = (level: NameLevel) =>
      [...new Set(data.items.map((item) => item[level]).filter((n): n is string => typeof n === 'string'))].sort();
    out[data.domain] = { l1: names('l1'), l2: names('l2') };
  }
  return out;
}

/** collectGuidelineNames() as `npm run build` writes it into dist/generated/. */
export const GUIDELINE_NAMES_FILE = 'guideline-names.json';

/** At most this many characters: a longer name is a name of its own, not one cut short. */
const CUT_SHORT_LENGTH = 2;

/** The generated names, compared by the one name normaliser: each domain's by level, and the domains of each name. */
interface NameIndex {
  byDomain: Map<string, { names: Set<string>; byLevel: Record<NameLevel, [normalised: string, name: string][]> }>;
  domainsOf: Map<string, string[]>;
}

let index: NameIndex | undefined;

function nameIndex(): NameIndex {
  if (index) return index;
  const generated = JSON.parse(readFileSync(generatedFile(GUIDELINE_NAMES_FILE), 'utf8')) as GuidelineNames;
  index = { byDomain: new Map(), domainsOf: new Map() };
  for (const [domain, own] of Object.entries(generated)) {
    const level = (l: NameLevel) => own[l].map((n): [string, string] => [normaliseName(n), n]);
    const byLevel = { l1: level('l1'), l2: level('l2') };
    const names = new Set([...byLevel.l1, ...byLevel.l2].map(([n]) => n));
    index.byDomain.set(domain, { names, byLevel });
    for (const n of names) index.domainsOf.set(n, [...(index.domainsOf.get(n) ?? []), domain]);
  }
  return index;
}

/**
 * The guideline name of this level that `name` is the start of, when `name` is short, no guideline
 * name itself, and the start of exactly one (in the domain's guideline).
 */
export function fullNameOf(domain: string, level: NameLevel, name: string): string | undefined {
  const own = nameIndex().byDomain.get(domain);
  const short = normaliseName(name);
  if (!own || !short || short.length > CUT_SHORT_LENGTH || own.names.has(short)) return undefined;
  const longer = own.byLevel[level].filter(([n]) => n.startsWith(short));
  return longer.length === 1 ? longer[0]![1] : undefined;
}

/** The domains whose guideline has an item of this name (一级 or 二级事项), by the one name normaliser. */
export function domainsNaming(name: string): readonly string[] {
  return nameIndex().domainsOf.get(normaliseName(name)) ?? [];
}
