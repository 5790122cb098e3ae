// A file lint was given and could not read is a finding of that file, and every other file is
// still checked. Rule file-access: a link its boundary refuses (src/workspace/links.ts), or a file
// the system will not open; rule import: a table the importer refuses (src/lint/submitted-tables.ts).
// Only a run in which no file at all could be read stops, with exit 2 and why for each file.
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { preparedSource, readSourceFile, type SourceFile } from '../workspace/source.js';
import type { Target } from '../workspace/input-files.js';

/** The code of the one problem a file carries when it was not read. */
export const UNREAD = 'UNREAD';

/** A file not read: no text, no data, and why as its one problem (at 1:1). */
export function refusedSource(path: string, display: string, message: Text): SourceFile {
  return preparedSource(path, display, '', undefined, [{ code: UNREAD, severity: 'error', start: 0, end: 0, message }], true);
}

/**
 * A directory file as read by `read`; when it is refused by its boundary, or cannot be opened (a
 * GkmlError of the reader), a refused file instead, so the run goes on.
 */
export function readOrRefuse(
  target: Pick<Target, 'path' | 'display' | 'refusal'>,
  read: (path: string, display: string) => SourceFile = readSourceFile,
): SourceFile {
  if (target.refusal) return refusedSource(target.path, target.display, target.refusal);
  try {
    return read(target.path, target.display);
  } catch (err) {
    if (err instanceof GkmlError) return refusedSource(target.path, target.display, err.text);
    throw err;
  }
}

/** Why a file was not read, as the run keeps it in case no file could be. */
export interface Refusal {
  display: string;
  message: Text;
  /** The message names the file itself (the importer's do). */
  namesFile: boolean;
}

/** Why `file` was not read, when it was not. */
export function refusalOf(file: SourceFile): Refusal | undefined {
  const problem = file.problems.find((p) => p.code === UNREAD);
  return problem && { display: file.display, message: problem.message, namesFile: false };
}

function line(r: Refusal): Text {
  return r.namesFile ? r.message : msg(LINT.fileSaid, { file: r.display, text: r.message });
}

/** The error of a run in which no file could be read (exit 2): why, one line a file. */
export function nothingRead(refusals: readonly Refusal[]): GkmlError {
  if (refusals.length === 1) return new GkmlError(line(refusals[0]!));
  return new GkmlError(
    refusals.map(line).reduce((before, l) => msg(LINT.nextLine, { before, line: l }), msg(LINT.nothingRead, { count: refusals.length })),
  );
}
