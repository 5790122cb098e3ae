// Full-width characters typed where YAML needs ASCII, as a Chinese input method leaves them: a key
// followed by “：”, a line indented with “　” (U+3000). The parser sees neither for what it is and
// reports something generic further on; these are found in the text first and named.
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import type { TextEdit } from '../core/positions.js';
import type { SyntaxProblem } from './syntax-problem.js';

export interface TypedMistake extends SyntaxProblem {
  /** The text as the author meant it, used to tell the parser's follow-on errors from others. */
  repair: TextEdit[];
}

/** A key (the directory's keys are ASCII) followed by a full-width colon, after any indentation and list dash. */
const FULL_WIDTH_COLON = /^([ \u3000]*(?:-[ \u3000]+)?)([A-Za-z_][\w-]*)[ \u3000]*：[ \u3000]*/;
/** Indentation holding a full-width space, in front of YAML structure (a key or a list dash), not prose. */
const FULL_WIDTH_INDENT = /^( *\u3000[ \u3000]*)(?=-[ \u3000]|[^\s:#][^:：]*?[:：](?:[ \u3000]|$))/;

/** Cheap test first: most files hold neither character at all. */
export function mayHoldTypedMistakes(text: string): boolean {
  return text.includes('\u3000') || text.includes('：');
}

export function typedMistakes(text: string): TypedMistake[] {
  if (!mayHoldTypedMistakes(text)) return [];
  const out: TypedMistake[] = [];
  const lines = linesOf(text);
  const repairedIndent = lines.map((l) => indentWidth(l.text.replace(/\u3000/g, '  ')));
  lines.forEach((line, n) => {
    const indent = FULL_WIDTH_INDENT.exec(line.text);
    if (indent) {
      const run = indent[1]!;
      const spaces = run.replace(/\u3000/g, '  ');
      const repair = [{ start: line.start, end: line.start + run.length, text: spaces }];
      const fits = fitsStructure(lines, n, spaces.length, repairedIndent);
      out.push({
        code: 'FULL_WIDTH_INDENT',
        severity: 'error',
        start: line.start,
        end: line.start + run.length,
        message: msg(WORKSPACE.fullWidthIndent),
        repair,
        ...(fits ? { fix: repair } : {}),
      });
    }
    const colon = FULL_WIDTH_COLON.exec(line.text);
    if (colon) {
      const keyStart = line.start + colon[1]!.length;
      const key = colon[2]!;
      const edit = { start: keyStart + key.length, end: line.start + colon[0].length, text: ': ' };
      out.push({
        code: 'FULL_WIDTH_COLON',
        severity: 'error',
        start: keyStart,
        end: edit.end,
        message: msg(WORKSPACE.fullWidthColon, { key }),
        repair: [edit],
        fix: [edit],
      });
    }
  });
  return out;
}

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    out.push({ start, text: raw.replace(/\r$/, '') });
    start += raw.length + 1;
  }
  return out;
}

/**
 * Whether a line indented `width` spaces (its full-width spaces counted as two) sits where YAML
 * expects it: in line with a neighbour (its indentation, or the key after its list dash), or deeper
 * than the key just above that opens a block (`channels:`). Only then is the repair a safe fix;
 * otherwise the author decides.
 */
function fitsStructure(lines: readonly Line[], n: number, width: number, repairedIndent: readonly number[]): boolean {
  const above = neighbour(lines, n, -1);
  const columns = (m: number | undefined) => {
    if (m === undefined) return [];
    const text = lines[m]!.text.replace(/\u3000/g, '  ');
    const dash = /^( *)((?:- +)+)/.exec(text);
    return dash ? [repairedIndent[m]!, dash[1]!.length + dash[2]!.length] : [repairedIndent[m]!];
  };
  if ([...columns(above), ...columns(neighbour(lines, n, 1))].includes(width)) return true;
  const opensBlock = above !== undefined && /^[^#]*[:：][ \u3000]*(?:#.*)?$/.test(lines[above]!.text.trimEnd());
  return opensBlock && width > repairedIndent[above]!;
}

function indentWidth(line: string): number {
  return line.length - line.trimStart().length;
}

/** The nearest line above (-1) or below (+1) that holds YAML content, not a blank or a comment. */
function neighbour(lines: readonly Line[], n: number, step: -1 | 1): number | undefined {
  for (let m = n + step; m >= 0 && m < lines.length; m += step) {
    const t = lines[m]!.text.replace(/\u3000/g, ' ').trim();
    if (t !== '' && !t.startsWith('#')) return m;
  }
  return undefined;
}
