// Reads one YAML file: its data, and on demand a positioned document (a LineCounter for line:col
// and yaml's node ranges) with the syntax problems found on the way (duplicate keys and tabs
// included — never a silent last-key-wins).
import { readFileSync, statSync } from 'node:fs';
import type { Document, LineCounter, YAMLError } from 'yaml';
import { GkmlError } from '../core/errors.js';
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
          message: {
            zh: `文件过大（${mb} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB）：一个领域的目录文件不应这么大，请检查文件是否正确或按领域拆分`,
            en: `file too large (${mb} MB, limit ${MAX_FILE_BYTES / 1024 / 1024} MB): a domain's directory should be far smaller; check the file or split it by domain`,
          },
        },
      ]);
    }
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new GkmlError({ zh: `无法读取文件（${code}）`, en: `cannot read file (${code})` }, { file: display });
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
    problems.push({ code: 'EMPTY', severity: 'error', start: 0, end: 0, message: { zh: '文件为空：目录文件至少应包含 domain、name 和 items', en: 'empty file: a directory file needs at least domain, name and items' } });
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
        message: {
          zh: `无法展开 YAML 别名：${(err as Error).message}（别名展开过多，疑似“别名炸弹”）`,
          en: `cannot expand YAML aliases: ${(err as Error).message} (too many alias expansions)`,
        },
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
  const at = (s: number, e: number, zh: string, en: string): SyntaxProblem => ({
    code: err.code,
    severity: 'error',
    start: s,
    end: Math.max(e, s),
    message: { zh, en },
  });
  switch (err.code) {
    case 'DUPLICATE_KEY': {
      const key = keyAt(text, start);
      return at(start, start + key.length, `键“${key}”重复：同一层级中每个键只能出现一次`, `duplicate key "${key}": each key may appear only once at the same level`);
    }
    case 'TAB_AS_INDENT':
      return at(start, end, '缩进中使用了制表符（Tab）：YAML 只能用空格缩进', 'tab used for indentation: YAML indents with spaces only');
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const lastLine = lineStart(text, end);
      const firstLine = lineStart(text, start);
      if (lastLine > firstLine && indentAt(text, lastLine) > indentAt(text, firstLine)) {
        const s = lastLine + indentAt(text, lastLine);
        return at(s, lineEnd(text, s), '缩进不正确：这一行比上一行缩进得多，但上一行不是父级键', 'bad indentation: this line is indented deeper than the line above, which is not its parent key');
      }
      return at(start, lineEnd(text, start), '缺少冒号“:”，或键跨越了多行', 'missing ":" after a key, or a key spans several lines');
    }
    case 'MISSING_CHAR':
      if (/without - indicator/.test(err.message)) {
        const ls = lineStart(text, start);
        const s = ls + indentAt(text, ls);
        return at(s, lineEnd(text, s), '缩进不正确：这一行与同级的键没有对齐', 'bad indentation: this line is not aligned with the keys at its level');
      }
      if (/quote/.test(err.message)) {
        return at(start, end, '缺少右引号：字符串的引号没有闭合', 'missing closing quote');
      }
      return at(start, end, `缺少字符：${err.message}`, `missing character: ${err.message}`);
    case 'BAD_INDENT': {
      if (/^Flow (sequence|mapping)/.test(err.message)) {
        const open = unclosedBracket(text, start);
        if (open >= 0) {
          const close = text[open] === '[' ? ']' : '}';
          return at(open, open + 1, `括号“${text[open]}”没有闭合：缺少“${close}”`, `unclosed "${text[open]}": missing "${close}"`);
        }
      }
      return at(start, end, `缩进不正确：${err.message}`, `bad indentation: ${err.message}`);
    }
    case 'MULTIPLE_DOCS':
      return at(start, end, '文件中有多个 YAML 文档（---）：每个目录文件只能有一个文档', 'several YAML documents (---) in one file: a directory file holds one document');
    case 'BAD_DQ_ESCAPE':
      return at(start, end, '双引号字符串中有无效的转义序列', 'invalid escape sequence in a double-quoted string');
    default:
      start = Math.min(start, text.length);
      if (/call stack/i.test(err.message)) {
        return at(start, end, '嵌套层数过深，无法读取：目录文件的结构不会嵌套这么多层', 'nested too deeply to read: a directory file is never nested this deep');
      }
      return at(start, end, `YAML 语法错误：${err.message}`, `YAML syntax error: ${err.message}`);
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
