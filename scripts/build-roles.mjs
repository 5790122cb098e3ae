// Part of `npm run build`: writes the national role names (src/rules/owners.ts) into
// dist/rules/national-roles.json, so a lint reads one small file instead of parsing the 26
// baseline directories and data/role-units.yaml.
import { writeFileSync } from 'node:fs';
import { NATIONAL_ROLES_FILE, collectNationalRoles } from '../dist/rules/owners.js';

writeFileSync(NATIONAL_ROLES_FILE, JSON.stringify(collectNationalRoles()) + '\n');
