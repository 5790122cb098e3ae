// Planted-defect fixtures: every defect gives exactly one finding at the right line, in Chinese,
// naming the field by its Chinese title; nothing else is reported.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { compareToExpectations, readExpectations } from '../helpers/expectations.js';
import { fixture } from '../helpers/cli.js';

const root = fixture('defects');
const files = readdirSync(join(root, 'directories')).sort();

describe('planted defects', () => {
  it.each(files)('%s', async (name) => {
    const path = join(root, 'directories', name);
    const result = await lint({ targets: [path], cwd: root });
    const expectations = readExpectations(path);
    expect(expectations.length).toBeGreaterThan(0);
    expect(compareToExpectations(result.findings, expectations)).toEqual([]);
    for (const f of result.findings) {
      expect(f.severity).toBe('error');
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    }
  });

  it('reports columns too', async () => {
    const result = await lint({ targets: [join(root, 'directories/schema-defects.yaml')], cwd: root });
    const channels = result.findings.find((f) => f.pointer === '/items/0/channels')!;
    expect([channels.line, channels.column, channels.endColumn]).toEqual([14, 15, 19]);
    const unknownKey = result.findings.find((f) => f.pointer === '/colour')!;
    expect([unknownKey.line, unknownKey.column, unknownKey.endColumn]).toEqual([5, 1, 7]);
  });

  it('names the field in English with --lang en', async () => {
    const result = await lint({ targets: [join(root, 'directories/schema-defects.yaml')], cwd: root, lang: 'en' });
    const missing = result.findings.find((f) => f.pointer === '/items/0/timeframe')!;
    expect(missing.message).toBe('item "jiuye-01-01": missing required field "time limit"(timeframe)');
  });

  it('suggests the field when a Chinese column title is used as a key', async () => {
    const result = await lint({ targets: [join(root, 'directories/schema-defects.yaml')], cwd: root });
    expect(result.findings.find((f) => f.pointer === '/items/2/公开时限')?.suggestion).toBe('timeframe');
    expect(result.findings.find((f) => f.pointer === '/items/2/mode/0')?.suggestion).toBe('主动');
  });
});
