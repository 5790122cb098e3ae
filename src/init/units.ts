// The units registry (units.yaml) of a new workspace: the usual county units, each standing for the
// national role names data/role-units.yaml lists for it.
import { loadData } from '../rules/support/data.js';
import type { RoleUnits } from '../rules/support/owners.js';
import type { Unit } from '../workspace/config.js';

/** The usual county units for the national role names, named for `region`. */
export function defaultUnits(region: string): Unit[] {
  return loadData<RoleUnits>('role-units.yaml').roles.map((r) => ({ name: r.unit.replaceAll('{region}', region), roles: [...r.roles], level: r.level ?? '县级' }));
}
