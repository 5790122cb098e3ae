// The county a new township belongs to, for the national roles only county bodies hold (公安机关,
// 税务机关, 县级民政部门 …): named with `--county`, else the county workspace the township is
// drafted in. Unknown, those roles stay as written and lint's owner-generic asks for the unit.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, findWorkspaceRoot, loadConfig, loadUnits, type Unit } from '../workspace/config.js';
import { defaultUnits } from './units.js';

/**
 * The county's units: the usual ones named for `county` when it is given; else those of the
 * enclosing county workspace (its units.yaml, or the usual ones named for its region); else none.
 */
export function countyUnits(root: string, county: string | undefined, cwd: string): Unit[] {
  if (county) return defaultUnits(county);
  const parent = findWorkspaceRoot(dirname(root));
  if (!parent) return [];
  const config = loadConfig(join(parent, CONFIG_FILE), cwd);
  if (config.level !== 'county') return [];
  const registry = config.units ? resolve(parent, config.units) : undefined;
  return registry && existsSync(registry) ? loadUnits(registry, cwd) : defaultUnits(config.region);
}
