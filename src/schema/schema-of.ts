// The JSON Schema a TypeScript type asks for, as far as the compiler can check it: the type keyword,
// an enum of exactly the type's choices, and an object's properties named exactly as its fields.
// A schema written `satisfies SchemaOf<T>` does not compile when a field is added to one and not the
// other (tests/schema/config-schema-type.test.ts). Titles, descriptions and examples stay free.

/** Every order of the members of a union of strings, as tuples (enums here have four choices at most). */
type Orders<T, All = T> = [T] extends [never] ? [] : T extends unknown ? [T, ...Orders<Exclude<All, T>>] : never;

/** An object's fields a value must have. */
export type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** What a schema node may say besides what is checked: titles, descriptions, examples, lengths. */
type Keywords = { readonly [keyword: string]: unknown };

/** The schemas of an object's fields, one per field, none besides. */
export type PropertiesOf<T> = { [K in keyof T]-?: SchemaOf<NonNullable<T[K]>> };

/** An object: its fields as `properties`, nothing else allowed, and only fields it must have `required`. */
export type ObjectSchemaOf<T> = Keywords & {
  type: 'object';
  properties: PropertiesOf<T>;
  additionalProperties: false;
  required?: readonly RequiredKeys<T>[];
};

/** An object with any keys (rules by slug, item fields by name): its properties are made at run time. */
type RecordSchema<V> = Keywords & {
  type: 'object';
  properties: Record<string, SchemaOf<V>>;
};

type StringSchemaOf<T extends string> = Keywords & (string extends T ? { type: 'string' } : { type: 'string'; enum: Readonly<Orders<T>> });

export type SchemaOf<T> = [T] extends [boolean]
  ? Keywords & { type: 'boolean' }
  : [T] extends [string]
    ? StringSchemaOf<T>
    : [T] extends [readonly (infer E)[]]
      ? Keywords & { type: 'array'; items: SchemaOf<E> }
      : [T] extends [string | readonly (infer E)[]]
        ? Keywords & { type: readonly ['string', 'array']; items: SchemaOf<E> }
        : unknown extends T
          ? object
          : string extends keyof T
            ? RecordSchema<T[string & keyof T]>
            : ObjectSchemaOf<T>;
