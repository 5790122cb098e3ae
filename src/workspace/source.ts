// Reads one YAML file: its data, and on demand a positioned document (a LineCounter for line:col
// and yaml's node ranges) with the syntax problems found on the way (duplicate keys and tabs
// included — never a silent last-key-wins).
import { readFileSync, statSync } from 'node:fs';
import type { Document, LineCounter, YAMLError } from 'yaml';
import { GkmlError } from '../core/errors.js';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import { decodeText } from './decode.js';
import { fastParse } from './fast-parse.js';
import { applyEdits } from '../core/positions.js';
import type { SyntaxProblem } from './syntax-problem.js';
import { mayHoldTypedMistakes, typedMistakes } from './typed-mistakes.js';
import { describeYamlErrors, lineStart } from './yaml-errors.js';
import { yamlLib } from './yaml-lib.js';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path shown to the user: relative to the working folder, with forward slashes. */
  display: string;
  text: string;
  /** Built on first use: clean files read by the fast path never need it. */
  readonly lineCounter: LineCounter;
  /** Built on first use, like lineCounter. */
  readonly doc: Document.Parsed;
  /** The plain data of the document, or undefined when the file cannot be read as data. */
  data: unknown;
  problems: SyntaxProblem[];
  /** True when the structure is unreliable (syntax errors): schema and rules are not run. */
  fatal: boolean;
  /**
   * How a message names the place of a value (a JSON Pointer), when not by line: a directory read
   * from a submitted table names the cell (`submission.xlsx 社会救助!A12`).
   */
  placeOf?(pointer: string): string;
  /**
   * Set when findings are placed by their pointer (placeOf: a table's cell), never by an offset in
   * the text: they are not located in the text, which would parse it.
   */
  placedByPointer?: boolean;
}

const PARSE_OPTIONS = {
  uniqueKeys: true,
  prettyErrors: false,
  // Alias bombs ("billion laughs") stop here instead of exhausting memory.
  maxAliasCount: 50,
} as const;

/** A domain's directory is well under 1 MB; anything this large is not one (and would be slow). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads, decodes and parses one file. Unreadable files stop the command (exit 2). */
export function readSourceFile(path: string, display: string): SourceFile {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      return parseCarefully(path, display, '', [
        {
          code: 'FILE_TOO_LARGE',
          severity: 'error',
          start: 0,
          end: 0,
          message: msg(WORKSPACE.fileTooLarge, { size: mb, limit: MAX_FILE_BYTES / 1024 / 1024 }),
        },
      ]);
    }
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new GkmlError(msg(WORKSPACE.cannotReadCode, { code }), { file: display });
  }
  const decoded = decodeText(bytes);
  return parseSource(path, display, decoded.text, decoded.notice ? [decoded.notice] : []);
}

function positioned(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { ...PARSE_OPTIONS, lineCounter }), lineCounter };
}

export function parseSource(path: string, display: string, text: string, extra: SyntaxProblem[] = []): SourceFile {
  // A full-width colon or space can read as valid YAML of another shape: such files are read carefully.
  const fast = mayHoldTypedMistakes(text) && typedMistakes(text).length ? undefined : fastParse(text);
  if (!fast) return parseCarefully(path, display, text, extra);
  return preparedSource(
    path,
    display,
    text,
    fast.data,
    [...extra],
    extra.some((p) => p.severity === 'error'),
  );
}

/**
 * A file whose data is already known (read by the fast path, or by a lint worker thread): the
 * positioned Document is built only if something needs a position or a node.
 */
export function preparedSource(
  path: string,
  display: string,
  text: string,
  data: unknown,
  problems: SyntaxProblem[],
  fatal: boolean,
): SourceFile {
  let full: ReturnType<typeof positioned> | undefined;
  return {
    path,
    display,
    text,
    data,
    problems,
    fatal,
    get doc() {
      return (full ??= positioned(text)).doc;
    },
    get lineCounter() {
      return (full ??= positioned(text)).lineCounter;
    },
  };
}

/** The careful path: yaml's Document first, so every syntax problem is found and placed. */
export function parseCarefully(path: string, display: string, text: string, extra: SyntaxProblem[] = []): SourceFile {
  const { doc, lineCounter } = positioned(text);
  const problems = [...extra, ...syntaxProblems(text, doc.errors)];
  if (text.trim() === '' && !problems.some((p) => p.severity === 'error')) {
    problems.push({ code: 'EMPTY', severity: 'error', start: 0, end: 0, message: msg(WORKSPACE.emptyFile) });
  }
  let data: unknown;
  const fatal = problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY');
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: PARSE_OPTIONS.maxAliasCount });
    } catch (err) {
      problems.push(aliasProblem((err as Error).message, text));
    }
  }
  return { path, display, text, lineCounter, doc, data, problems, fatal: fatal || data === undefined };
}

/**
 * The file's syntax problems: the full-width characters typed for YAML's own, then the parser's
 * errors, except those the full-width characters alone cause (gone once they are repaired).
 */
function syntaxProblems(text: string, errors: readonly YAMLError[]): SyntaxProblem[] {
  const typed = typedMistakes(text);
  const parsed = describeYamlErrors(errors, text);
  if (!typed.length) return parsed;
  const mistakes = typed.map(({ repair: _, ...problem }) => problem);
  if (
    !positioned(
      applyEdits(
        text,
        typed.flatMap((t) => t.repair),
      ),
    ).doc.errors.length
  )
    return mistakes;
  const typedLines = new Set(typed.map((t) => lineStart(text, t.start)));
  return [...mistakes, ...parsed.filter((p) => !typedLines.has(lineStart(text, p.start)))];
}

/** yaml stops on an alias it cannot expand: one that points nowhere (placed at it), or one expanded too often (an alias bomb). */
function aliasProblem(detail: string, text: string): SyntaxProblem {
  const unresolved = /^Unresolved alias.*: (.*)$/.exec(detail);
  if (!unresolved) return { code: 'ALIAS_LIMIT', severity: 'error', start: 0, end: 0, message: msg(WORKSPACE.aliasLimit, { detail }) };
  const name = unresolved[1]!;
  const start = Math.max(0, text.indexOf(`*${name}`));
  return { code: 'BAD_ALIAS', severity: 'error', start, end: start + name.length + 1, message: msg(WORKSPACE.unresolvedAlias, { name }) };
}
