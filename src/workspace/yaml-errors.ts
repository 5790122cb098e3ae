// yaml's parse errors in our words: one problem per line, placed where a person would look, and in
// Chinese that says what to type; the parser's English reaches only the English message.
import type { YAMLError } from 'yaml';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import type { SyntaxProblem } from './syntax-problem.js';

export function lineStart(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1);
  return i + 1;
}

export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

function indentAt(text: string, lineStartOffset: number): number {
  let i = lineStartOffset;
  while (text[i] === ' ') i++;
  return i - lineStartOffset;
}

/** Turn yaml's errors into one problem per line, each pointing where a person would look. */
export function describeYamlErrors(errors: readonly YAMLError[], text: string): SyntaxProblem[] {
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
  const [start, end] = [Math.min(err.pos[0], text.length), err.pos[1]];
  const at = (s: number, e: number, message: Text): SyntaxProblem => ({
    code: err.code,
    severity: 'error',
    start: s,
    end: Math.max(e, s),
    message,
  });
  const detail = err.message;
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
      if (/without - indicator/.test(detail)) return unaligned(text, start, at);
      if (/quote/.test(detail)) return at(start, end, msg(WORKSPACE.missingQuote));
      if (/followed by map values/.test(detail)) return at(start, lineEnd(text, start), msg(WORKSPACE.missingColon));
      if (/^Missing , /.test(detail)) return at(start, end, msg(WORKSPACE.missingComma));
      if (/space after :/.test(detail)) return at(start, end, msg(WORKSPACE.spaceAfterColon));
      if (/Comments must be separated/.test(detail)) return at(start, end, msg(WORKSPACE.commentSpace));
      if (/directives-end|doc-start/.test(detail)) return at(start, end, msg(WORKSPACE.docMarker));
      if (/Tags and anchors/.test(detail)) return at(start, end, msg(WORKSPACE.specialMark));
      return at(start, end, msg(WORKSPACE.missingChar, { detail }));
    case 'BAD_INDENT': {
      if (/^Flow (sequence|mapping)/.test(detail)) {
        const open = unclosedBracket(text, start);
        if (open >= 0) {
          const close = text[open] === '[' ? ']' : '}';
          return at(open, open + 1, msg(WORKSPACE.unclosedBracket, { open: text[open]!, close }));
        }
      }
      if (/must start at the same column/.test(detail)) return unaligned(text, start, at);
      return at(start, end, msg(WORKSPACE.badIndent, { detail }));
    }
    case 'MULTIPLE_DOCS':
      return at(start, end, msg(WORKSPACE.multipleDocs));
    case 'BAD_DIRECTIVE':
      return at(start, end, msg(WORKSPACE.docMarker));
    case 'BAD_DQ_ESCAPE':
      return at(start, end, msg(WORKSPACE.badEscape));
    case 'BAD_SCALAR_START':
      return at(start, end, msg(WORKSPACE.badScalarStart, { char: text[start] ?? '' }));
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return at(start, end, msg(WORKSPACE.specialMark));
    case 'BLOCK_IN_FLOW':
      return at(start, end, msg(WORKSPACE.blockInFlow));
    case 'NON_STRING_KEY':
      return at(start, end, msg(WORKSPACE.nonStringKey));
    case 'KEY_OVER_1024_CHARS':
      return at(start, lineEnd(text, start), msg(WORKSPACE.keyTooLong));
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected , /.test(detail)) return at(start, end, msg(WORKSPACE.unexpectedComma));
      return at(start, end, msg(WORKSPACE.unexpected, { detail }));
    default:
      if (/call stack/i.test(detail)) return at(start, end, msg(WORKSPACE.tooDeep));
      return at(start, end, msg(WORKSPACE.yamlSyntax, { detail }));
  }
}

/** A line not aligned with its siblings: the problem spans the line's text. */
function unaligned(text: string, offset: number, at: (s: number, e: number, message: Text) => SyntaxProblem): SyntaxProblem {
  const ls = lineStart(text, offset);
  const s = ls + indentAt(text, ls);
  return at(s, lineEnd(text, s), msg(WORKSPACE.indentUnaligned));
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
