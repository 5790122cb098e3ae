// One place turns the machine's refusals into one line: the path the user gave, the cause and what
// to do, in Chinese or English; any other error is left as it is (a fault of gkml's).
import { describe, expect, it } from 'vitest';
import { GkmlError } from '../../src/core/errors.js';
import { faultCause, onPath, systemFault } from '../../src/core/system-faults.js';

const sysErr = (code: string, syscall = 'open', path = '/tmp/.out.lock.123') =>
  Object.assign(new Error(`${code}: x, ${syscall} '${path}'`), { code, syscall, path });

describe('systemFault', () => {
  it.each([
    ['ENOSPC', '磁盘空间已满', 'the disk is full'],
    ['EACCES', '没有写入权限', 'permission denied'],
    ['EPERM', '没有写入权限', 'permission denied'],
    ['ENOENT', '路径中的文件夹不存在且无法创建', 'does not exist and cannot be created'],
    ['ENOTDIR', '路径中的文件夹不存在且无法创建', 'does not exist and cannot be created'],
    ['EROFS', '文件系统是只读的', 'read-only'],
    ['EBUSY', '文件被其他程序占用（如在 WPS 或 Excel 中打开）', 'in use by another program'],
    ['ETXTBSY', '文件被其他程序占用', 'in use by another program'],
    ['EMFILE', '同时打开的文件太多', 'too many open files'],
    ['ENFILE', '同时打开的文件太多', 'too many open files'],
    ['ENAMETOOLONG', '路径或文件名太长', 'too long'],
    ['EISDIR', '这是一个文件夹', 'it is a folder'],
    ['EEXIST', '已有同名的文件，不是文件夹', 'not a folder'],
    ['EXDEV', '系统错误 EXDEV', 'system error EXDEV'],
  ])('%s names the path the user gave, the cause and what to do', (code, zh, en) => {
    const fault = systemFault(sysErr(code), 'dist')!;
    expect(fault).toBeInstanceOf(GkmlError);
    expect(fault.exitCode).toBe(2);
    expect(fault.render('zh')).toMatch(new RegExp(`^无法写入 dist：${zh}.*；`));
    expect(fault.render('en')).toMatch(new RegExp(`^cannot write dist: .*${en}.*; `));
    expect(fault.render('zh')).not.toMatch(/lock|内部错误/);
  });

  it('a read says so, and a missing input is a missing file', () => {
    expect(systemFault(sysErr('ENOENT', 'open', '/w/a.yaml'), 'a.yaml', 'read')!.render('zh')).toBe(
      '无法读取 a.yaml：文件不存在；请检查路径是否写对',
    );
    expect(systemFault(sysErr('EACCES', 'open', '/w/a.yaml'), 'a.yaml', 'read')!.render('en')).toBe(
      'cannot read a.yaml: permission denied; ask the administrator to let you read it',
    );
    // A call that changes the file system is a write, whatever the caller thought.
    expect(systemFault(sysErr('EACCES', 'mkdir'), 'out', 'read')!.render('zh')).toMatch(/^无法写入 out：没有写入权限/);
  });

  it('a rename Windows refuses with EPERM is a file open in another program there, a permission problem elsewhere', () => {
    expect(faultCause(sysErr('EPERM', 'rename'), 'write', 'win32')!.zh).toMatch(/^文件被其他程序占用/);
    expect(faultCause(sysErr('EPERM', 'rename'), 'write', 'linux')!.zh).toMatch(/^没有写入权限/);
    expect(faultCause(sysErr('EPERM', 'open'), 'write', 'win32')!.zh).toMatch(/^没有写入权限/);
  });

  it('leaves other errors alone', () => {
    expect(systemFault(new Error('a bug'), 'dist')).toBeUndefined();
    expect(systemFault(new GkmlError({ zh: '甲', en: 'a' }), 'dist')).toBeUndefined();
    expect(() =>
      onPath('dist', () => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
    expect(() =>
      onPath('dist', () => {
        throw sysErr('ENOSPC', 'write');
      }),
    ).toThrow(GkmlError);
  });
});
