// Errors of the machine, not of gkml: a full disk, a folder the user may not write, a file open in
// another program. Each becomes one line naming the path the user gave (the output folder, the
// report, the input file), the cause and what to do; exit 2, no stack unless --debug.
import { FAULTS } from '../i18n/catalogue/faults.js';
import { msg, type Message } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { GkmlError } from './errors.js';

export type Access = 'read' | 'write';

/** An error a system call gave (Node's fs, child processes): its code, and the path and call when it names them. */
export interface SystemError extends Error {
  code: string;
  path?: string;
  syscall?: string;
}

/** Whether `err` is a system error (an errno code such as ENOSPC), not a fault of gkml's. */
export function isSystemError(err: unknown): err is SystemError {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

const WRITE_CAUSES: Readonly<Record<string, Message>> = {
  ENOSPC: FAULTS.diskFull,
  EDQUOT: FAULTS.quotaFull,
  EACCES: FAULTS.noWritePermission,
  EPERM: FAULTS.noWritePermission,
  ENOENT: FAULTS.noSuchFolder,
  ENOTDIR: FAULTS.noSuchFolder,
  EEXIST: FAULTS.notFolder,
  EROFS: FAULTS.readOnly,
  // Windows reports a file open in another program (a sharing violation) as EBUSY.
  EBUSY: FAULTS.busy,
  ETXTBSY: FAULTS.busy,
  EMFILE: FAULTS.tooManyFiles,
  ENFILE: FAULTS.tooManyFiles,
  ENAMETOOLONG: FAULTS.nameTooLong,
  EISDIR: FAULTS.isFolder,
  ELOOP: FAULTS.symlinkLoop,
  EIO: FAULTS.deviceError,
};

const READ_CAUSES: Readonly<Record<string, Message>> = {
  ...WRITE_CAUSES,
  EACCES: FAULTS.noReadPermission,
  EPERM: FAULTS.noReadPermission,
  ENOENT: FAULTS.noSuchFile,
};

/** The calls that change the file system: an error of one of them is a write's, whatever the caller meant. */
const WRITE_CALLS = new Set([
  'mkdir',
  'rename',
  'unlink',
  'rmdir',
  'rm',
  'link',
  'symlink',
  'write',
  'copyfile',
  'mkdtemp',
  'ftruncate',
  'utime',
  'chmod',
]);

/** Windows refuses to rename or remove a file another program has open with EPERM or EACCES, not EBUSY. */
function isSharingViolation(err: SystemError, platform: NodeJS.Platform): boolean {
  return (
    platform === 'win32' &&
    (err.code === 'EPERM' || err.code === 'EACCES') &&
    ['rename', 'unlink', 'rmdir', 'rm'].includes(err.syscall ?? '')
  );
}

/** Why a read or write failed, and what to do, for a system error; undefined for any other error. */
export function faultCause(err: unknown, access: Access = 'write', platform = process.platform): Text | undefined {
  if (!isSystemError(err)) return undefined;
  if (isSharingViolation(err, platform)) return msg(FAULTS.busy);
  const cause = (access === 'write' ? WRITE_CAUSES : READ_CAUSES)[err.code];
  return cause ? msg(cause) : msg(FAULTS.otherFault, { code: err.code });
}

/** The GkmlError for a system error met reading or writing `path` (as the user gave it); undefined for any other error. */
export function systemFault(err: unknown, path: string, access: Access = 'write'): GkmlError | undefined {
  if (!isSystemError(err)) return undefined;
  const writing = access === 'write' || WRITE_CALLS.has(err.syscall ?? '');
  const cause = faultCause(err, writing ? 'write' : 'read')!;
  const fault = new GkmlError(msg(writing ? FAULTS.cannotWrite : FAULTS.cannotRead, { path, cause }));
  // --debug shows where the call failed.
  fault.stack = err.stack ?? fault.stack;
  return fault;
}

/** The line for a system error no command placed: it names the path the call names, shown from `cwd`, if any. */
export function unplacedFault(err: SystemError, show: (path: string) => string): GkmlError {
  if (err.path) return systemFault(err, show(err.path), 'read')!;
  const fault = new GkmlError(msg(FAULTS.cannotReadOrWrite, { cause: faultCause(err)! }));
  fault.stack = err.stack ?? fault.stack;
  return fault;
}

/** Runs `work`; a system error it throws becomes the one line naming `path`. */
export function onPath<T>(path: string, work: () => T, access: Access = 'write'): T {
  try {
    return work();
  } catch (err) {
    throw systemFault(err, path, access) ?? err;
  }
}

/** `onPath` for asynchronous work. */
export async function onPathAsync<T>(path: string, work: () => Promise<T>, access: Access = 'write'): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw systemFault(err, path, access) ?? err;
  }
}

/** A fault as plain data, to pass from a worker thread: its message, stack and system error fields. */
export interface FaultRecord {
  message: string;
  stack: string;
  code?: string;
  path?: string;
  syscall?: string;
}

export function faultRecord(err: unknown): FaultRecord {
  const e = err as Partial<SystemError> | undefined;
  return {
    message: String(e?.message ?? err),
    stack: e?.stack ?? '',
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.path === 'string' ? { path: e.path } : {}),
    ...(typeof e?.syscall === 'string' ? { syscall: e.syscall } : {}),
  };
}

/** The Error a worker's fault record stands for, with the worker's stack and, for a system error, its code, path and call. */
export function faultFromRecord(record: FaultRecord): Error {
  const fault = Object.assign(new Error(record.message), {
    ...(record.code ? { code: record.code } : {}),
    ...(record.path ? { path: record.path } : {}),
    ...(record.syscall ? { syscall: record.syscall } : {}),
  });
  fault.stack = record.stack;
  return fault;
}
