// The config's JSON Schema and its TypeScript type come from one source: the schema is written
// `satisfies` the schema the type asks for (src/schema/schema-of.ts). The type checks run in
// `npm test`'s pretest (tsc -p tests), so a field added to one and missed in the other, or a choice
// the type has and the enum lacks, fails the tests; the runtime checks hold the written file to it.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { configSchema } from '../../src/schema/config-schema.js';
import type { ObjectSchemaOf, PropertiesOf, SchemaOf } from '../../src/schema/schema-of.js';
import { ruleEntries } from '../../src/rules/support/schemas.js';
import type { SiteConfig, WorkspaceConfig, WorkspaceLevel } from '../../src/schema/config-schema.js';

const schema = configSchema(ruleEntries());

describe('the config schema checked against WorkspaceConfig', () => {
  it('is the schema of exactly the fields of the type', () => {
    expectTypeOf(schema).toEqualTypeOf<ObjectSchemaOf<WorkspaceConfig>>();
    // @ts-expect-error: a field the type gains (colour) that the schema does not describe.
    const gained: ObjectSchemaOf<WorkspaceConfig & { colour?: string }> = schema;
    // @ts-expect-error: a property the schema gains (colour) that the type does not have.
    const extra = { ...schema.properties, colour: { type: 'string' } } satisfies PropertiesOf<WorkspaceConfig>;
    // @ts-expect-error: a field of site: the schema must describe it (host left out).
    const missing = { ...schema.properties.site.properties, host: undefined } satisfies PropertiesOf<SiteConfig>;
    expect([gained, extra, missing].every(Boolean)).toBe(true);
  });

  it('lists in an enum exactly the choices of the type, in any order', () => {
    expectTypeOf({ type: 'string', enum: ['province', 'city', 'township', 'county'] } as const).toMatchTypeOf<SchemaOf<WorkspaceLevel>>();
    // @ts-expect-error: a level the type has (province) left out of the enum.
    const short = { type: 'string', enum: ['county', 'township', 'city'] } satisfies SchemaOf<WorkspaceLevel>;
    // @ts-expect-error: a level the type does not have.
    const long = { type: 'string', enum: ['county', 'township', 'city', 'province', 'village'] } satisfies SchemaOf<WorkspaceLevel>;
    expect([short, long].every(Boolean)).toBe(true);
  });

  it('is the schema written to schemas/config.schema.json, its required fields among its properties', () => {
    const written = readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8');
    expect(JSON.stringify(schema, null, 2) + '\n').toBe(written);
    expect(schema.required?.filter((f) => !(f in schema.properties))).toEqual([]);
  });
});
