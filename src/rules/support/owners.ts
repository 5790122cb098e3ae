// 公开主体 as the national guidelines write it — a role (公安机关, 县级人民政府民政部门) rather than
// a unit — and how an owner value splits into the units it names. The roles are read from the
// national guidelines (the owners of directories/*.yaml), from data/role-units.yaml (the role names
// `gkml init` resolves) and from the roles the workspace's units registry lists; any name ending in
// 部门 or 机关 is a role too, since a concrete unit is a 局, 委, 中心, 政府 ….
import { readFileSync } from 'node:fs';
import { generatedFile } from '../../core/generated.js';
import { loadGuidelines } from '../../guideline/guideline.js';
import { memo } from '../../util/memo.js';
import type { Unit } from '../../workspace/config.js';
import { loadData, STRING, STRINGS } from './data.js';

/** data/role-units.yaml: the usual county units and the national role names each stands for. */
export interface RoleUnits {
  /** A unit (`{region}` stands for the county's name), its level label (县级 unless said), and the roles it stands for. */
  roles: { unit: string; level?: string; roles: string[] }[];
  /** Roles that stand for whoever each case concerns (招标人): no unit stands in for them. */
  varying?: string[];
}

/** The shape of data/role-units.yaml (checked by tests/rules/data.test.ts). */
export const ROLE_UNITS_SCHEMA = {
  type: 'object',
  required: ['roles'],
  additionalProperties: false,
  properties: {
    roles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unit', 'roles'],
        additionalProperties: false,
        properties: { unit: STRING, level: STRING, roles: STRINGS },
      },
    },
    varying: STRINGS,
  },
};

/** An owner names one unit or several, separated by 、 or commas (not inside parentheses). */
export const ownerParts = memo(splitOwner);

function splitOwner(owner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of owner) {
    if ('(（'.includes(ch)) depth++;
    if (')）'.includes(ch)) depth = Math.max(0, depth - 1);
    // Several bodies on lines of their own are several parts, as with 、.
    if ((depth === 0 && '、，,；;'.includes(ch)) || ch === '\n') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The role names of the national guidelines and data/role-units.yaml, sorted. */
export function collectNationalRoles(): string[] {
  const found = new Set<string>();
  for (const { data } of loadGuidelines().values()) {
    for (const item of data.items) {
      if (!item.owner) continue;
      found.add(item.owner);
      for (const part of ownerParts(item.owner)) found.add(part);
    }
  }
  for (const r of loadData<RoleUnits>('role-units.yaml').roles) for (const name of r.roles) found.add(name);
  return [...found].sort();
}

/** collectNationalRoles() as `npm run build` writes it into dist/generated/, so a lint need not parse the 26 guideline files. */
export const NATIONAL_ROLES_FILE = 'national-roles.json';

let roles: Set<string> | undefined;

function nationalRoles(): Set<string> {
  roles ??= new Set(JSON.parse(readFileSync(generatedFile(NATIONAL_ROLES_FILE), 'utf8')) as string[]);
  return roles;
}

/**
 * A township, street or village body named by its level alone, in every local form: 乡人民政府,
 * 镇级人民政府, 乡镇政府, 街道办事处, 乡镇（街道）, 行政村村民委员会, 乡镇便民服务中心 — not 清河镇人民政府, nor 各乡镇人民政府,
 * the county's own name for its townships together (data/role-units.yaml).
 */
const LEVEL = '(?:乡镇|乡|镇|街道|县|区)';
const GENERIC_LOCAL = new RegExp(
  `^${LEVEL}(?:[、/]?${LEVEL})*(?:[(（]${LEVEL}[)）])?级?(?:人民政府|政府|办事处)(?:[(（](?:街道)?办事处[)）])?$|^(?:乡镇|街道)(?:[(（]街道[)）])?$` +
    '|^(?:行政村|村|社区|村[(（]社区[)）])?(?:村民委员会|居民委员会|村委会|居委会)$' +
    // A township's service bodies named by its level alone (乡镇便民服务中心, 乡镇综合文化站), not by its name.
    '|^(?:乡镇|乡|镇|街道)(?:[(（]街道[)）])?(?:便民服务中心|为民服务中心|综合服务中心|综合文化站|文化站)$',
);

let varying: string[] | undefined;

/** True when `name` names a role that stands for whoever each case concerns (招标人及其招标代理机构). */
export function isVarying(name: string): boolean {
  varying ??= loadData<RoleUnits>('role-units.yaml').varying ?? [];
  return varying.some((v) => name.includes(v));
}

/** True when `name` is a role of the national templates rather than a unit. Spaces left by a wrap do not count. */
export function isRole(written: string, units: readonly Unit[] = []): boolean {
  const name = written.replace(/\s+/g, '');
  if (units.some((u) => u.name === name || u.name === written) || isVarying(name)) return false;
  if (nationalRoles().has(name) || units.some((u) => u.roles.includes(name))) return true;
  if (GENERIC_LOCAL.test(name)) return true;
  return ownerParts(name).length === 1 && /(?:部门|机关)$/.test(name);
}

/** The unit the registry assigns to a role, when exactly one unit claims it. */
export function unitForRole(role: string, units: readonly Unit[]): string | undefined {
  const matches = units.filter((u) => u.roles.includes(role));
  return matches.length === 1 ? matches[0]!.name : undefined;
}

/**
 * An owner with each role it names replaced by the unit the registry assigns to it:
 * 县级政府民政部门、乡镇政府(街道办事处) → 示例县民政局、各乡镇人民政府. A role no unit claims stays
 * as written. Undefined when nothing would change.
 */
export function ownerWithUnits(owner: string, units: readonly Unit[]): string | undefined {
  const whole = unitForRole(owner, units);
  if (whole) return whole;
  const parts = ownerParts(owner);
  const resolved = parts.map((p) => unitForRole(p, units) ?? p);
  return resolved.some((p, i) => p !== parts[i]) ? [...new Set(resolved)].join('、') : undefined;
}
