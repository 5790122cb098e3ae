// Minimal structural edits of a YAML file: each edit changes only what it must, comments and
// untouched lines stay, and the result reads back as the intended data.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits, type TextEdit } from '../../src/core/positions.js';
import { appendEntries, removeEntry, removeKey, setKey } from '../../src/workspace/edit-structure.js';
import { parseSource } from '../../src/workspace/source.js';

const TEXT = `# 头注释
items:
  # 第一个事项
  - id: a-01
    l1: 甲
    timeframe: null
    content:
      - 要素一 # 行内注释
      - 要素二
    mode: [主动]
  # 第二个事项
  - id: a-02
    l1: 乙
    owner: 某县民政局
`;

function edited(edits: TextEdit[] | undefined): string {
  expect(edits).toBeDefined();
  const out = applyEdits(TEXT, edits!);
  expect(parseSource('/x.yaml', 'x.yaml', out).fatal).toBe(false);
  return out;
}

const file = () => parseSource('/x.yaml', 'x.yaml', TEXT);
const items = (text: string) => (parse(text) as { items: Record<string, unknown>[] }).items;

describe('setKey', () => {
  it('replaces a null, a text and a flow list where they stand', () => {
    expect(edited(setKey(file(), ['items', 0], 'timeframe', '10个工作日内'))).toBe(
      TEXT.replace('timeframe: null', 'timeframe: 10个工作日内'),
    );
    expect(edited(setKey(file(), ['items', 1], 'owner', '某县人民政府'))).toBe(TEXT.replace('owner: 某县民政局', 'owner: 某县人民政府'));
    expect(edited(setKey(file(), ['items', 0], 'mode', ['主动', '依申请']))).toBe(TEXT.replace('mode: [主动]', 'mode: [主动, 依申请]'));
  });

  it('edits a block list entry by entry, keeping a comment on a kept entry', () => {
    const out = edited(setKey(file(), ['items', 0], 'content', ['要素一', '要素三', '要素四']));
    expect(out).toContain('      - 要素一 # 行内注释\n      - 要素三\n      - 要素四\n    mode');
    expect(items(edited(setKey(file(), ['items', 0], 'content', ['要素一'])))[0]!.content).toEqual(['要素一']);
  });

  it('adds a missing key on a new line after the last one, in the item', () => {
    const out = edited(setKey(file(), ['items', 1], 'mode', ['依申请']));
    expect(out.endsWith('    owner: 某县民政局\n    mode: [依申请]\n')).toBe(true);
    const afterList = edited(setKey(file(), ['items', 0], 'audience', { 特定群体: '申请人' }));
    expect(items(afterList)[0]!.audience).toEqual({ 特定群体: '申请人' });
    expect(afterList).toContain('    mode: [主动]\n    audience: {特定群体: 申请人}\n  # 第二个事项');
  });

  it('quotes a value that would not read back as written', () => {
    expect(items(edited(setKey(file(), ['items', 1], 'owner', '#1: x')))[1]!.owner).toBe('#1: x');
  });
});

describe('removeKey', () => {
  it('removes a key with its value lines (a block list, an inline comment), not the comment lines around', () => {
    expect(edited(removeKey(file(), ['items', 0], 'timeframe'))).toBe(TEXT.replace('    timeframe: null\n', ''));
    expect(edited(removeKey(file(), ['items', 0], 'content'))).toBe(
      TEXT.replace('    content:\n      - 要素一 # 行内注释\n      - 要素二\n', ''),
    );
    expect(edited(removeKey(file(), ['items', 1], 'owner'))).toBe(TEXT.replace('\n    owner: 某县民政局', ''));
    expect(removeKey(file(), ['items', 1], 'l2')).toEqual([]);
  });

  it('keeps CRLF line ends, and refuses what it cannot remove alone (the key on the dash line, a flow map)', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const source = parseSource('/x.yaml', 'x.yaml', crlf);
    expect(applyEdits(crlf, removeKey(source, ['items', 0], 'timeframe')!)).toBe(crlf.replace('    timeframe: null\r\n', ''));
    expect(removeKey(file(), ['items', 0], 'id')).toBeUndefined();
    expect(removeKey(parseSource('/y.yaml', 'y.yaml', 'items:\n  - {id: a, l1: 甲, l2: null}\n'), ['items', 0], 'l2')).toBeUndefined();
  });
});

describe('removeEntry and appendEntries', () => {
  it('removes an entry but not the comment lines around it', () => {
    const out = edited(removeEntry(file(), ['items'], 0));
    expect(items(out).map((i) => i.id)).toEqual(['a-02']);
    for (const c of ['# 头注释', '# 第一个事项', '# 第二个事项']) expect(out).toContain(c);
  });

  it('appends entries at the list indentation, also after removing the last', () => {
    const record = { id: 'a-x01', l1: '丙', content: ['要素'], mode: ['主动'] };
    const out = edited(appendEntries(file(), ['items'], [record]));
    expect(out.endsWith('    owner: 某县民政局\n  - id: a-x01\n    l1: 丙\n    content:\n      - 要素\n    mode: [主动]\n')).toBe(true);
    const both = edited([...removeEntry(file(), ['items'], 1)!, ...appendEntries(file(), ['items'], [record])!]);
    expect(items(both).map((i) => i.id)).toEqual(['a-01', 'a-x01']);
  });
});
