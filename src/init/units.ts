// The units registry (units.yaml) of a new workspace. A county's: the usual county units, each
// standing for the national role names data/role-units.yaml lists for it. A township's: its
// government and usual offices (data/township-units.yaml), then its county's units for the roles
// only county bodies hold — never a 局 named after the township.
import { loadData } from '../rules/support/data.js';
import type { RoleUnits } from '../rules/support/owners.js';
import type { Unit } from '../workspace/config.js';

/** The level label of a township's own units. */
export const TOWNSHIP_UNIT_LEVEL = '乡级';
const COUNTY_UNIT_LEVEL = '县级';

function unitsFromData(file: string, region: string, level: string): Unit[] {
  return loadData<RoleUnits>(file).roles.map((r) => ({
    name: r.unit.replaceAll('{region}', region),
    roles: [...r.roles],
    level: r.level ?? level,
  }));
}

/** The usual county units for the national role names, named for `region`. */
export function defaultUnits(region: string): Unit[] {
  return unitsFromData('role-units.yaml', region, COUNTY_UNIT_LEVEL);
}

/**
 * A township's units, named for `township`, then the `county` units (none when the county is not
 * known) that stand for a role no township unit takes, each with those roles only.
 */
export function townshipUnits(township: string, county: readonly Unit[]): Unit[] {
  const own = unitsFromData('township-units.yaml', township, TOWNSHIP_UNIT_LEVEL);
  const taken = new Set(own.flatMap((u) => u.roles));
  const countyBodies = county
    .filter((u) => u.level !== TOWNSHIP_UNIT_LEVEL)
    .map((u) => ({ name: u.name, roles: u.roles.filter((r) => !taken.has(r)), level: u.level ?? COUNTY_UNIT_LEVEL }))
    .filter((u) => u.roles.length > 0);
  return [...own, ...countyBodies];
}
