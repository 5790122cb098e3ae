// One way to speak two languages (src/i18n/messages.ts): every message is a table entry with zh and
// en side by side and the same placeholders, and no code outside src/i18n/ picks words by language
// or writes a { zh, en } pair of its own. Read from the source with TypeScript's parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defineMessages, msg, say } from '../../src/i18n/messages.js';
import { SRC, importGraph } from './imports.js';

const files = [...importGraph().keys()];

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const where = (node: ts.Node) => {
  const sf = node.getSourceFile();
  return `${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

const propertyName = (p: ts.ObjectLiteralElementLike) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

/** A { zh, en } object literal: a message written out. */
function isPair(node: ts.Node): node is ts.ObjectLiteralExpression {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const names = node.properties.map(propertyName);
  return names.includes('zh') && names.includes('en');
}

function insideCall(node: ts.Node, name: string): boolean {
  for (let n = node.parent; n; n = n.parent)
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name) return true;
  return false;
}

/** A rule's own documentation: its title, description and why, in its `meta`, which the docs pages are made from. */
function isRuleDocs(node: ts.Node): boolean {
  const p = node.parent;
  if (!p || !ts.isPropertyAssignment(p) || !['title', 'description', 'why'].includes(propertyName(p) ?? '')) return false;
  const meta = p.parent?.parent;
  return !!meta && ts.isPropertyAssignment(meta) && propertyName(meta) === 'meta';
}

const placeholders = (template: string) =>
  [...new Set([...template.matchAll(/\{([^{}|]+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]))].sort();

describe('the message catalogue', () => {
  it('gives every message both languages, with the same placeholders', () => {
    const problems: string[] = [];
    for (const file of files) {
      walk(parse(file), (node) => {
        if (!isPair(node) || !insideCall(node, 'defineMessages')) return;
        const text = (key: string) => {
          const p = node.properties.find((x) => propertyName(x) === key);
          return p && ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer) ? p.initializer.text : undefined;
        };
        const [zh, en] = [text('zh'), text('en')];
        if (zh === '' || en === '') problems.push(`${where(node)} an empty language`);
        if (zh !== undefined && en !== undefined && placeholders(zh).join() !== placeholders(en).join())
          problems.push(`${where(node)} placeholders differ: ${zh} / ${en}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('is the only place messages are written: no { zh, en } pair outside a table or a rule’s docs', () => {
    const loose: string[] = [];
    for (const file of files.filter((f) => !f.startsWith('i18n/'))) {
      walk(parse(file), (node) => {
        if (isPair(node) && !insideCall(node, 'defineMessages') && !isRuleDocs(node)) loose.push(where(node));
      });
    }
    expect(loose).toEqual([]);
  });

  it('leaves the choice of language to the catalogue: no branch on the language outside src/i18n/', () => {
    const branches: string[] = [];
    for (const file of files.filter((f) => !f.startsWith('i18n/'))) {
      walk(parse(file), (node) => {
        const isLang = (n: ts.Node) => ts.isStringLiteral(n) && (n.text === 'zh' || n.text === 'en');
        if (
          ts.isBinaryExpression(node) &&
          [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind) &&
          (isLang(node.left) || isLang(node.right))
        ) {
          branches.push(where(node));
        }
        if (ts.isConditionalExpression(node) && ts.isIdentifier(node.condition) && ['zh', 'en'].includes(node.condition.text))
          branches.push(where(node));
      });
    }
    expect(branches).toEqual([]);
  });
});

describe('msg and say', () => {
  const M = defineMessages({
    found: { zh: '事项“{id}”：{text}', en: 'item "{id}": {text}' },
    files: { zh: '{n} 个文件：{names}', en: '{n} {n|file|files}: {names}' },
  });

  it('fill both languages, a nested message in its own language, a list with each language’s separator', () => {
    const inner = msg(M.files, { n: 2, names: ['a.yaml', 'b.yaml'] });
    expect(inner).toEqual({ zh: '2 个文件：a.yaml、b.yaml', en: '2 files: a.yaml, b.yaml' });
    expect(msg(M.found, { id: 'x-01', text: inner })).toEqual({
      zh: '事项“x-01”：2 个文件：a.yaml、b.yaml',
      en: 'item "x-01": 2 files: a.yaml, b.yaml',
    });
    expect(say('en', M.files, { n: 1, names: ['a.yaml'] })).toBe('1 file: a.yaml');
  });

  it('join a list of filled messages, leave out an {x||} value, keep the braces around a placeholder', () => {
    const T = defineMessages({
      quoted: { zh: '“{name}”', en: '"{name}"' },
      domain: { zh: '{name}{id||}', en: '{name} ({id})' },
      other: { zh: '写作 {其他: {channel}}：{names}', en: 'write {其他: {channel}}: {names}' },
    });
    const names = ['a', 'b'].map((name) => msg(T.quoted, { name }));
    expect(msg(T.other, { channel: '网站', names })).toEqual({ zh: '写作 {其他: 网站}：“a”、“b”', en: 'write {其他: 网站}: "a", "b"' });
    expect(msg(T.domain, { name: '就业', id: 'jiuye' })).toEqual({ zh: '就业', en: '就业 (jiuye)' });
    // @ts-expect-error: {channel} inside the literal braces is a placeholder the types ask for
    expect(() => msg(T.other, { names: [] })).toThrow(/\{channel\} missing/);
  });

  it('refuse a message whose values are missing', () => {
    // @ts-expect-error: {text} is not given, which the types catch before the run does
    expect(() => msg(M.found, { id: 'x' })).toThrow(/\{text\} missing/);
  });
});
