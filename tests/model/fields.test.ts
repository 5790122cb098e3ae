// The field registry (src/model/fields.ts) is the one description of an item's fields: the published
// directory schema agrees with it, and the importer reads every table the exporters draw from it back
// onto the same columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/import/header.js';
import { DEFAULTABLE_FIELDS, FIELDS, FILLED_FIELDS } from '../../src/model/fields.js';
import { tableColumns } from '../../src/model/table-layout.js';
import { REPO } from '../helpers/cli.js';

interface TitledNode {
  title?: string;
  'x-title-en'?: string;
}
interface DirectorySchema {
  properties: {
    items: { items: { properties: Record<string, TitledNode>; required: string[] } };
    defaults: { properties: Record<string, unknown> };
  };
}

const schema = JSON.parse(readFileSync(join(REPO, 'schemas/directory.schema.json'), 'utf8')) as DirectorySchema;
const item = schema.properties.items.items;

describe('the directory schema', () => {
  it('has the registry’s fields, in its order, under the registry’s titles', () => {
    expect(Object.keys(item.properties)).toEqual(FIELDS.map((f) => f.name));
    for (const f of FIELDS) {
      expect({ zh: item.properties[f.name]!.title, en: item.properties[f.name]!['x-title-en'] }, f.name).toEqual(f.title);
    }
  });

  it('lets defaults give the defaultable fields, and requires the id, l1 and every field to fill but l2', () => {
    expect(Object.keys(schema.properties.defaults.properties)).toEqual([...DEFAULTABLE_FIELDS]);
    expect(item.required).toEqual(['id', 'l1', ...FILLED_FIELDS.filter((f) => f !== 'l2')]);
  });
});

describe('the importer’s header map', () => {
  it('reads the official header every exporter draws back onto the same columns', () => {
    const columns = tableColumns({ l3: true, levels: ['县级', '乡级'], notes: [] }, 'checked');
    const top = columns.map((c) => c.group ?? c.label);
    const below = columns.map((c) => (c.group ? c.label : ''));
    const [table] = findTables({ name: '表', rows: [top, below, columns.map(() => '')], merges: [] });
    const kinds = table!.columns.map((c) => c.role.kind);
    expect(kinds).toEqual(columns.map((c) => c.key));
  });
});
