// Reads one YAML file: its data, and on demand a positioned document (a LineCounter for line:col
// and yaml's node ranges) with the syntax problems found on the way (duplicate keys and tabs
// included — never a silent last-key-wins).
import { readFileSync, statSync } from 'node:fs';
import type { Document, LineCounter, YAMLError } from 'yaml';
import { GkmlError } from '../core/errors.js';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { decodeText } from './decode.js';
import { fastParse } from './fast-parse.js';
import type { SyntaxProblem } from './syntax-problem.js';
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
  const fast = fastParse(text);
  if (!fast) return parseCarefully(path, display, text, extra);
  return preparedSource(path, display, text, fast.data, [...extra], extra.some((p) => p.severity === 'error'));
}

/**
 * A file whose data is already known (read by the fast path, or by a lint worker thread): the
 * positioned Document is built only if something needs a position or a node.
 */
export function preparedSource(path: string, display: string, text: string, data: unknown, problems: SyntaxProblem[], fatal: boolean): SourceFile {
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
  const problems = [...extra, ...describeYamlErrors(doc.errors, text)];
  if (text.trim() === '' && !problems.some((p) => p.severity === 'error')) {
    problems.push({ code: 'EMPTY', severity: 'error', start: 0, end: 0, message: msg(WORKSPACE.emptyFile) });
  }
  let data: unknown;
  const fatal = problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY');
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: PARSE_OPTIONS.maxAliasCount });
    } catch (err) {
      problems.push({
        code: 'ALIAS_LIMIT',
        severity: 'error',
        start: 0,
        end: 0,
        message: msg(WORKSPACE.aliasLimit, { detail: (err as Error).message }),
      });
    }
  }
  return { path, display, text, lineCounter, doc, data, problems, fatal: fatal || data === undefined };
}

function lineStart(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1);
  return i + 1;
}

function indentAt(text: string, lineStartOffset: number): number {
  let i = lineStartOffset;
  while (text[i] === ' ') i++;
  return i - lineStartOffset;
}

/** Turn yaml's errors into one problem per line, each pointing where a person would look. */
function describeYamlErrors(errors: readonly YAMLError[], text: string): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  const seenLines = new Set<number>();
  // yaml may report one defect several times from the same offset: keep the widest report.
  const widest = new Map<number, YAMLError>();
  for (const err of errors) {
    const prev = widest.get(err.pos[0]);
    if (!prev || err.pos[1] > prev.pos[1]) widest.set(err.pos[0], err);
  }
  for (const err of errors.filter((e) => widest.get(e.pos[0]) === e)) {
    const problem = describeYamlError(err, text);
    const line = lineStart(text, problem.start);
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    out.push(problem);
  }
  return out;
}

function describeYamlError(err: YAMLError, text: string): SyntaxProblem {
  let [start, end] = err.pos;
  const at = (s: number, e: number, message: Text): SyntaxProblem => ({ code: err.code, severity: 'error', start: s, end: Math.max(e, s), message });
  switch (err.code) {
    case 'DUPLICATE_KEY': {
      const key = keyAt(text, start);
      return at(start, start + key.length, msg(WORKSPACE.duplicateKey, { key }));
    }
    case 'TAB_AS_INDENT':
      return at(start, end, msg(WORKSPACE.tabIndent));
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const lastLine = lineStart(text, end);
      const firstLine = lineStart(text, start);
      if (lastLine > firstLine && indentAt(text, lastLine) > indentAt(text, firstLine)) {
        const s = lastLine + indentAt(text, lastLine);
        return at(s, lineEnd(text, s), msg(WORKSPACE.indentDeeper));
      }
      return at(start, lineEnd(text, start), msg(WORKSPACE.missingColon));
    }
    case 'MISSING_CHAR':
      if (/without - indicator/.test(err.message)) {
        const ls = lineStart(text, start);
        const s = ls + indentAt(text, ls);
        return at(s, lineEnd(text, s), msg(WORKSPACE.indentUnaligned));
      }
      if (/quote/.test(err.message)) {
        return at(start, end, msg(WORKSPACE.missingQuote));
      }
      return at(start, end, msg(WORKSPACE.missingChar, { detail: err.message }));
    case 'BAD_INDENT': {
      if (/^Flow (sequence|mapping)/.test(err.message)) {
        const open = unclosedBracket(text, start);
        if (open >= 0) {
          const close = text[open] === '[' ? ']' : '}';
          return at(open, open + 1, msg(WORKSPACE.unclosedBracket, { open: text[open]!, close }));
        }
      }
      return at(start, end, msg(WORKSPACE.badIndent, { detail: err.message }));
    }
    case 'MULTIPLE_DOCS':
      return at(start, end, msg(WORKSPACE.multipleDocs));
    case 'BAD_DQ_ESCAPE':
      return at(start, end, msg(WORKSPACE.badEscape));
    default:
      start = Math.min(start, text.length);
      if (/call stack/i.test(err.message)) {
        return at(start, end, msg(WORKSPACE.tooDeep));
      }
      return at(start, end, msg(WORKSPACE.yamlSyntax, { detail: err.message }));
  }
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

/** The last `[` or `{` before `offset` that has no matching close (ignoring quoted text). */
function unclosedBracket(text: string, offset: number): number {
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < offset; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? offset : nl;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') stack.push(i);
    else if ((ch === ']' || ch === '}') && stack.length) stack.pop();
  }
  return stack.length ? stack[stack.length - 1]! : -1;
}

function keyAt(text: string, offset: number): string {
  const m = /^[^:\n]*/.exec(text.slice(offset));
  return (m?.[0] ?? '').trim();
}
