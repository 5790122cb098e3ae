// What schema validation says: one sentence per JSON Schema keyword and variant, composed from the place and the field.
import { defineMessages } from '../messages.js';

export const SCHEMA = defineMessages({
  quoted: { zh: '“{value}”', en: '"{value}"' },
  title: { zh: '「{title}」', en: '"{title}"' },
  titledKey: { zh: '{title}({key})', en: '{title}({key})' },
  at: { zh: '{where}：', en: '{where}: ' },
  or: { zh: '{a}或{b}', en: '{a} or {b}' },

  required: { zh: '{at}缺少必填字段{field}', en: '{at}missing required field {field}' },
  unknownTopField: { zh: '未知的顶层字段{key}{hint}', en: 'unknown top-level field {key}{hint}' },
  unknownField: { zh: '{at}未知字段{key}：{inside}中没有这个字段{hint}', en: '{at}unknown field {key} in {inside}{hint}' },
  unknownFieldHere: { zh: '{at}未知字段{key}：此处中没有这个字段{hint}', en: '{at}unknown field {key} in this mapping{hint}' },
  // The Chinese hint glosses the field with its Chinese title, which an English reader has no use for.
  didYouMeanField: { zh: '；是否想写{suggestion}（{title}）？', en: '; did you mean {suggestion}?{title||}' },
  didYouMean: { zh: '；是否想写{suggestion}？', en: '; did you mean {suggestion}?' },
  allowedFields: { zh: '；可用字段：{fields}', en: '; allowed fields: {fields}' },
  topType: {
    zh: '文件的顶层应为键值对象（包含 domain、name、items），实际为{actual}{value}',
    en: "the file's top level must be a mapping (with domain, name, items), not {actual} {value}",
  },
  type: { zh: '{at}{field}应为{expected}，实际为{actual}{value}', en: '{at}{field} must be {expected}, not {actual} {value}' },
  enumListed: {
    zh: '{at}{field}的值{value}不是允许的值（可选：{allowed}）{mean}',
    en: '{at}{field} has value {value}, which is not allowed (allowed: {allowed}){mean}',
  },
  enumCounted: {
    zh: '{at}{field}的值{value}不是允许的值（共 {count} 个可选值）{mean}',
    en: '{at}{field} has value {value}, which is not allowed ({count} allowed values){mean}',
  },
  minLength: { zh: '{at}{field}不能为空', en: '{at}{field} must not be empty' },
  minLengthHint: { zh: '{at}{field}不能为空：{hint}', en: '{at}{field} must not be empty: {hint}' },
  maxLength: {
    zh: '{at}{field}过长：{length} 个字符，最多 {limit} 个',
    en: '{at}{field} is too long: {length} characters, at most {limit}',
  },
  minItems: { zh: '{at}{field}不能是空列表', en: '{at}{field} must not be an empty list' },
  maxItems: { zh: '{at}{field}的项数过多（最多 {limit} 项）', en: '{at}{field} has too many entries (at most {limit})' },
  uniqueItems: {
    zh: '{at}{field}中有重复的值：第 {second} 项与第 {first} 项相同',
    en: '{at}{field} has duplicate values: entries {second} and {first} are the same',
  },
  pattern: { zh: '{at}{field}的值{value}格式不正确', en: '{at}{field} value {value} is malformed' },
  patternHint: { zh: '{at}{field}的值{value}格式不正确：应为{hint}', en: '{at}{field} value {value} is malformed: expected {hint}' },
  invalid: { zh: '{at}{field}不符合要求（{keyword}）', en: '{at}{field} is invalid ({keyword})' },
});
