// Folders are made in a bounded number of steps: from the nearest one that exists downwards, the
// first refusal thrown at once (Node's recursive mkdir loops for ever under /proc).
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/util/make-folder.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-make-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const codeOf = (work: () => void) => {
  try {
    work();
    return 'none';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code;
  }
};

describe('makeFolder', () => {
  it('makes a folder and the missing ones above it, and is content with one that exists', () => {
    const deep = join(scratch, 'a/b/c');
    makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(codeOf(() => makeFolder(deep))).toBe('none');
  });

  it('refuses at once where a file stands on the path (ENOTDIR), making nothing', () => {
    writeFileSync(join(scratch, 'file'), '');
    expect(codeOf(() => makeFolder(join(scratch, 'file/x/y')))).toBe('ENOTDIR');
    expect(codeOf(() => makeFolder(join(scratch, 'file')))).toBe('ENOTDIR');
  });

  it('refuses at once under /proc, where no folder can be made', () => {
    expect(codeOf(() => makeFolder('/proc/nope/out'))).toBe('ENOENT');
    expect(existsSync('/proc/nope')).toBe(false);
  });
});
