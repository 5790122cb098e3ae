// Our own zh-CN / English message for every JSON Schema keyword the directory schema uses.
// ajv's messages are off; each message names the field by its Chinese title and shows the value.
import type { ErrorObject } from 'ajv';
import { list, quote, type Lang, type Text } from '../i18n/text.js';
import { closest } from '../util/distance.js';

type SchemaNode = {
  title?: string;
  'x-title-en'?: string;
  'x-format-hint'?: Text;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
};

export interface SchemaMessage {
  text: Text;
  suggestion?: string;
  /** For unknown keys: point at the key itself rather than the value. */
  key?: string;
}

const TYPE_NAMES: Record<string, Text> = {
  string: { zh: '文字', en: 'text' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值对象', en: 'a mapping' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true/false）', en: 'a boolean (true/false)' },
  null: { zh: '空值', en: 'empty (null)' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function show(value: unknown, lang: Lang): string {
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
  return quote(s, lang);
}

function titleOf(node: SchemaNode | undefined, name: string | undefined, lang: Lang): string {
  if (!node) return name ?? '';
  const t = lang === 'zh' ? node.title : node['x-title-en'] ?? node.title;
  if (!t) return name ?? '';
  return lang === 'zh' ? `「${t}」` : `"${t}"`;
}

function fieldLabel(node: SchemaNode | undefined, name: string | undefined, lang: Lang): string {
  const title = titleOf(node, name, lang);
  if (name && typeof name === 'string' && !/^\d+$/.test(name) && node?.title) return `${title}(${name})`;
  return title || (name ?? '');
}

function both(f: (lang: Lang) => string): Text {
  return { zh: f('zh'), en: f('en') };
}

/** `where` names the place: e.g. 事项“jiuye-01-01” / item "jiuye-01-01". */
export function schemaMessage(error: ErrorObject, where: Text): SchemaMessage {
  const schema = error.parentSchema as SchemaNode | undefined;
  const segments = error.instancePath.split('/');
  const last = segments[segments.length - 1];
  const name = last === undefined || last === '' ? undefined : last.replace(/~1/g, '/').replace(/~0/g, '~');
  const field = (lang: Lang) => fieldLabel(schema, name, lang);
  const at = (lang: Lang) => (where[lang] ? where[lang] + (lang === 'zh' ? '：' : ': ') : '');
  const p = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'required': {
      const prop = String(p.missingProperty);
      const sub = schema?.properties?.[prop];
      return { text: both((l) => `${at(l)}${l === 'zh' ? '缺少必填字段' : 'missing required field '}${fieldLabel(sub, prop, l)}`) };
    }
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const props = schema?.properties ?? {};
      // A Chinese column title written as the key (公开时限:) points to its field (timeframe).
      const byTitle = Object.entries(props).find(([, s]) => s.title === prop)?.[0];
      const suggestion = byTitle ?? closest(prop, Object.keys(props));
      const hint = (l: Lang) =>
        suggestion
          ? l === 'zh'
            ? `；是否想写${quote(suggestion, l)}${props[suggestion]?.title ? `（${props[suggestion]!.title}）` : ''}？`
            : `; did you mean ${quote(suggestion, l)}?`
          : l === 'zh'
            ? `；可用字段：${list(Object.keys(props), l)}`
            : `; allowed fields: ${list(Object.keys(props), l)}`;
      return {
        key: prop,
        suggestion,
        text: both((l) => {
          const top = error.instancePath === '';
          if (top) return `${l === 'zh' ? '未知的顶层字段' : 'unknown top-level field '}${quote(prop, l)}${hint(l)}`;
          const inside = titleOf(schema, undefined, l);
          return `${at(l)}${l === 'zh' ? '未知字段' : 'unknown field '}${quote(prop, l)}${l === 'zh' ? `：${inside || '此处'}中没有这个字段` : ` in ${inside || 'this mapping'}`}${hint(l)}`;
        }),
      };
    }
    case 'type': {
      if (error.instancePath === '') {
        return {
          text: both((l) =>
            l === 'zh'
              ? `文件的顶层应为键值对象（包含 domain、name、items），实际为${TYPE_NAMES[typeOf(error.data)]?.zh ?? typeOf(error.data)}${show(error.data, l)}`
              : `the file's top level must be a mapping (with domain, name, items), not ${TYPE_NAMES[typeOf(error.data)]?.en ?? typeOf(error.data)} ${show(error.data, l)}`,
          ),
        };
      }
      const expected = String(p.type)
        .split(',')
        .filter((t) => t !== 'null');
      return {
        text: both((l) =>
          l === 'zh'
            ? `${at(l)}${field(l)}应为${expected.map((t) => TYPE_NAMES[t]?.zh ?? t).join('或')}，实际为${TYPE_NAMES[typeOf(error.data)]?.zh ?? typeOf(error.data)}${show(error.data, l)}`
            : `${at(l)}${field(l)} must be ${expected.map((t) => TYPE_NAMES[t]?.en ?? t).join(' or ')}, not ${TYPE_NAMES[typeOf(error.data)]?.en ?? typeOf(error.data)} ${show(error.data, l)}`,
        ),
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      const shown = allowed.length <= 8 ? allowed : undefined;
      return {
        suggestion,
        text: both((l) => {
          const head = l === 'zh' ? `${at(l)}${field(l)}的值${show(error.data, l)}不是允许的值` : `${at(l)}${field(l)} has value ${show(error.data, l)}, which is not allowed`;
          const allowedText = shown ? (l === 'zh' ? `（可选：${list(shown, l)}）` : ` (allowed: ${list(shown, l)})`) : l === 'zh' ? `（共 ${allowed.length} 个可选值）` : ` (${allowed.length} allowed values)`;
          const mean = suggestion ? (l === 'zh' ? `；是否想写${quote(suggestion, l)}？` : `; did you mean ${quote(suggestion, l)}?`) : '';
          return head + allowedText + mean;
        }),
      };
    }
    case 'minLength':
      return { text: both((l) => (l === 'zh' ? `${at(l)}${field(l)}不能为空` : `${at(l)}${field(l)} must not be empty`)) };
    case 'maxLength':
      return {
        text: both((l) =>
          l === 'zh'
            ? `${at(l)}${field(l)}过长：${[...String(error.data)].length} 个字符，最多 ${p.limit} 个`
            : `${at(l)}${field(l)} is too long: ${[...String(error.data)].length} characters, at most ${p.limit}`,
        ),
      };
    case 'minItems':
      return { text: both((l) => (l === 'zh' ? `${at(l)}${field(l)}不能是空列表` : `${at(l)}${field(l)} must not be an empty list`)) };
    case 'maxItems':
    case 'maxProperties':
      return { text: both((l) => (l === 'zh' ? `${at(l)}${field(l)}的项数过多（最多 ${p.limit} 项）` : `${at(l)}${field(l)} has too many entries (at most ${p.limit})`)) };
    case 'uniqueItems':
      return {
        text: both((l) =>
          l === 'zh'
            ? `${at(l)}${field(l)}中有重复的值：第 ${Number(p.j) + 1} 项与第 ${Number(p.i) + 1} 项相同`
            : `${at(l)}${field(l)} has duplicate values: entries ${Number(p.j) + 1} and ${Number(p.i) + 1} are the same`,
        ),
      };
    case 'pattern': {
      const hint = schema?.['x-format-hint'];
      return {
        text: both((l) =>
          l === 'zh'
            ? `${at(l)}${field(l)}的值${show(error.data, l)}格式不正确${hint ? `：应为${hint.zh}` : ''}`
            : `${at(l)}${field(l)} value ${show(error.data, l)} is malformed${hint ? `: expected ${hint.en}` : ''}`,
        ),
      };
    }
    default:
      return {
        text: both((l) =>
          l === 'zh' ? `${at(l)}${field(l)}不符合要求（${error.keyword}）` : `${at(l)}${field(l)} is invalid (${error.keyword})`,
        ),
      };
  }
}
