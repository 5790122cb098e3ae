// Our own zh-CN / English message for every JSON Schema keyword the directory schema uses.
// ajv's messages are off; each message names the field by its Chinese title and shows the value.
import type { ErrorObject } from 'ajv';
import { SCHEMA } from '../i18n/catalogue/schema.js';
import { defineMessages, msg, NOTHING, type Message, type Param } from '../i18n/messages.js';
import { schemaTitle, type Text } from '../i18n/text.js';
import { closest, closestNamed } from '../util/distance.js';

type SchemaNode = {
  title?: string;
  'x-title-en'?: string;
  'x-format-hint'?: Text;
  /** What to write instead of an empty value (l2: leave it out). */
  'x-empty-hint'?: Text;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
};

export interface SchemaMessage {
  text: Text;
  suggestion?: string;
  /** For unknown keys: point at the key itself rather than the value. */
  key?: string;
}

const TYPE_NAMES: Readonly<Record<string, Message>> = defineMessages({
  string: { zh: '文字', en: 'text' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值对象', en: 'a mapping' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true/false）', en: 'a boolean (true/false)' },
  null: { zh: '空值', en: 'empty (null)' },
});

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A JSON type in words; a type the table lacks as its own name. */
function typeName(type: string): Param {
  const name = TYPE_NAMES[type];
  return name ? msg(name) : type;
}

function show(value: unknown): Text {
  let s: string;
  if (typeof value === 'string') s = value;
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  const chars = [...s];
  if (chars.length > 40) s = chars.slice(0, 40).join('') + '…';
  return msg(SCHEMA.quoted, { value: s });
}

function titleOf(node: SchemaNode | undefined, name: string | undefined): Param {
  const title = schemaTitle(node);
  return title ? msg(SCHEMA.title, { title }) : (name ?? '');
}

function fieldLabel(node: SchemaNode | undefined, name: string | undefined): Param {
  const title = titleOf(node, name);
  if (name && typeof name === 'string' && !/^\d+$/.test(name) && node?.title) return msg(SCHEMA.titledKey, { title, key: name });
  return title;
}

/**
 * The field an unknown key stands for: a key mistyped (timefrme), else a field's title or part of
 * one written as the key (公开时限:, 时限:, 主体:), in Chinese or English (time limit:).
 */
function meantField(key: string, props: Readonly<Record<string, SchemaNode>>): string | undefined {
  const byKey = closest(key, Object.keys(props));
  if (byKey) return byKey;
  const titles = Object.entries(props).flatMap(([field, node]) =>
    [node.title, node['x-title-en']].flatMap((title) => (title ? [[title, field] as const] : [])),
  );
  return closestNamed(key, titles);
}

/** `where` names the place: e.g. 事项“jiuye-01-01” / item "jiuye-01-01"; absent for the file as a whole. */
export function schemaMessage(error: ErrorObject, where?: Text): SchemaMessage {
  const schema = error.parentSchema as SchemaNode | undefined;
  const segments = error.instancePath.split('/');
  const last = segments[segments.length - 1];
  const name = last === undefined || last === '' ? undefined : last.replace(/~1/g, '/').replace(/~0/g, '~');
  const at = where ? msg(SCHEMA.at, { where }) : NOTHING;
  const field = fieldLabel(schema, name);
  // The value and its type are shown only by some keywords: the data may be a whole file.
  const value = () => show(error.data);
  const actual = () => typeName(typeOf(error.data));
  const p = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'required': {
      const prop = String(p.missingProperty);
      return { text: msg(SCHEMA.required, { at, field: fieldLabel(schema?.properties?.[prop], prop) }) };
    }
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const props = schema?.properties ?? {};
      const suggestion = meantField(prop, props);
      const title = suggestion ? props[suggestion]?.title : undefined;
      const hint = !suggestion
        ? msg(SCHEMA.allowedFields, { fields: Object.keys(props) })
        : title
          ? msg(SCHEMA.didYouMeanField, { suggestion: show(suggestion), title })
          : msg(SCHEMA.didYouMean, { suggestion: show(suggestion) });
      const key = show(prop);
      const inside = schemaTitle(schema);
      const text =
        error.instancePath === ''
          ? msg(SCHEMA.unknownTopField, { key, hint })
          : inside
            ? msg(SCHEMA.unknownField, { at, key, inside: msg(SCHEMA.title, { title: inside }), hint })
            : msg(SCHEMA.unknownFieldHere, { at, key, hint });
      return { key: prop, suggestion, text };
    }
    case 'type': {
      if (error.instancePath === '') return { text: msg(SCHEMA.topType, { actual: actual(), value: value() }) };
      const expected = String(p.type)
        .split(',')
        .filter((t) => t !== 'null')
        .map(typeName)
        .reduce<Param>((a, b) => (a === '' ? b : msg(SCHEMA.or, { a, b })), '');
      return { text: msg(SCHEMA.type, { at, field, expected, actual: actual(), value: value() }) };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      const mean = suggestion ? msg(SCHEMA.didYouMean, { suggestion: show(suggestion) }) : NOTHING;
      const text =
        allowed.length <= 8
          ? msg(SCHEMA.enumListed, { at, field, value: value(), allowed, mean })
          : msg(SCHEMA.enumCounted, { at, field, value: value(), count: allowed.length, mean });
      return { suggestion, text };
    }
    case 'minLength': {
      const hint = schema?.['x-empty-hint'];
      return { text: hint ? msg(SCHEMA.minLengthHint, { at, field, hint }) : msg(SCHEMA.minLength, { at, field }) };
    }
    case 'maxLength':
      return { text: msg(SCHEMA.maxLength, { at, field, length: [...String(error.data)].length, limit: String(p.limit) }) };
    case 'minItems':
      return { text: msg(SCHEMA.minItems, { at, field }) };
    case 'maxItems':
    case 'maxProperties':
      return { text: msg(SCHEMA.maxItems, { at, field, limit: String(p.limit) }) };
    case 'uniqueItems':
      return { text: msg(SCHEMA.uniqueItems, { at, field, second: Number(p.j) + 1, first: Number(p.i) + 1 }) };
    case 'pattern': {
      const hint = schema?.['x-format-hint'];
      return {
        text: hint ? msg(SCHEMA.patternHint, { at, field, value: value(), hint }) : msg(SCHEMA.pattern, { at, field, value: value() }),
      };
    }
    default:
      return { text: msg(SCHEMA.invalid, { at, field, keyword: error.keyword }) };
  }
}
