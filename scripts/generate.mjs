// Part of `npm run build`: the files gkml generates from its sources into dist/generated/, read at
// run time instead of being computed at every start (src/core/generated.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { GENERATED_DIR } from '../dist/core/generated.js';
import { NATIONAL_ROLES_FILE, collectNationalRoles } from '../dist/rules/support/owners.js';
import { NATIONAL_TITLES_FILE, collectNationalTitles } from '../dist/rules/support/titles.js';
import { GUIDELINE_VALUES_FILE, collectGuidelineValues } from '../dist/rules/support/guideline-values.js';
import { GUIDELINE_NAMES_FILE, collectGuidelineNames } from '../dist/rules/support/guideline-names.js';
import { validatorsCode } from '../dist/schema/generate-validators.js';
import { VALIDATORS_FILE } from '../dist/schema/validators.js';

mkdirSync(GENERATED_DIR, { recursive: true });
writeFileSync(GENERATED_DIR + VALIDATORS_FILE, validatorsCode());
writeFileSync(GENERATED_DIR + NATIONAL_ROLES_FILE, JSON.stringify(collectNationalRoles()) + '\n');
writeFileSync(GENERATED_DIR + NATIONAL_TITLES_FILE, JSON.stringify(collectNationalTitles()) + '\n');
writeFileSync(GENERATED_DIR + GUIDELINE_VALUES_FILE, JSON.stringify(collectGuidelineValues()) + '\n');
writeFileSync(GENERATED_DIR + GUIDELINE_NAMES_FILE, JSON.stringify(collectGuidelineNames()) + '\n');
