// The units registry (units.yaml) of a new workspace and how national role names resolve to it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Unit } from '../workspace/config.js';

const ROLE_UNITS_PATH = fileURLToPath(new URL('../../data/role-units.yaml', import.meta.url));

interface RoleUnit {
  unit: string;
  roles: string[];
}

/** The usual county units for the national role names, named for `region`. */
export function defaultUnits(region: string): Unit[] {
  const table = (parse(readFileSync(ROLE_UNITS_PATH, 'utf8')) as { roles: RoleUnit[] }).roles;
  return table.map((r) => ({ name: r.unit.replaceAll('{region}', region), roles: [...r.roles], level: '县级' }));
}

/** The unit standing for `role`: its name when exactly one unit claims the role, else undefined. */
export function resolveOwner(role: string, units: readonly Unit[]): string | undefined {
  const matches = units.filter((u) => u.roles.includes(role));
  return matches.length === 1 ? matches[0]!.name : undefined;
}
