// Line breaks in a table cell, told apart by the text around them (issue 31): a wrap — the column
// was narrow, the text went on — is not content and is joined; a break between whole entries
// separates them. Inside an open 《 or bracket, or before a line that only continues (例》…, (电子屏)),
// a break is always a wrap. In a text copy (CSV from a web page or PDF) every break is the page's
// layout unless the text shows an entry ends or starts there; in a cell typed in a workbook
// (Alt+Enter), or in YAML, any other break is the writer's, and the line-break check reports it.

import { listMarkerOf } from './names.js';

const OPEN = '《(（【“[〈<';
const CLOSE = '》)）】”]〉>';

/** Any of OPEN, for the quick look before a walk. */
const ANY_OPEN = new RegExp(`[${OPEN.replace(/[\\[\]]/g, '\\$&')}]`);

/** More brackets opened than closed in `text`: a break after it is inside a title or a note. */
function leavesOpen(text: string): boolean {
  // Most text opens none: said without walking it.
  if (!ANY_OPEN.test(text)) return false;
  let depth = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
  }
  return depth > 0;
}

/** A line that only continues the one before: a closing bracket or punctuation, or a note in brackets ((电子屏), (主席令第7号)). */
const CONTINUES = /^[》)）】”\]〉>、，,；;。：:]|^[(（](?![一二三四五六七八九十\d]{1,3}[)）])/;
/** A line that ends an entry: a list or sentence separator. */
const ENDS_ENTRY = /[；;。，,、]$/;
/**
 * A line that starts an entry: a list's number or bullet (1. 2、 (二) ② ● ■, model/names.ts), 口 where a
 * copy typed it for □, or a 【kind】 tag.
 */
const startsEntry = (line: string) => listMarkerOf(line) !== '' || /^[口【]/.test(line);

export type LineBreak = 'wrap' | 'entry' | 'unknown';

/**
 * What the break between `before` (all the text up to it) and the line `after` is. `copied`: the
 * cell is a text copy, where a break that is not an entry's is a wrap; typed, it is 'unknown'.
 */
export function lineBreakKind(before: string, after: string, copied: boolean): LineBreak {
  const last = before.trimEnd();
  const next = after.trimStart();
  if (!last || !next) return 'entry';
  if (leavesOpen(before) || CONTINUES.test(next)) return 'wrap';
  if (ENDS_ENTRY.test(last) || startsEntry(next)) return 'entry';
  return copied ? 'wrap' : 'unknown';
}

/** The lines of a cell with its wraps joined: each line an entry, or (typed) one the writer broke. */
export function unwrappedLines(text: string, copied: boolean): string[] {
  const lines: string[] = [];
  let sofar = '';
  for (const line of text.split('\n')) {
    if (lines.length && lineBreakKind(sofar, line, copied) === 'wrap') lines[lines.length - 1] = lines.at(-1)!.trimEnd() + line.trim();
    else lines.push(line);
    sofar += `${line}\n`;
  }
  return lines;
}

/** Space after a closed title or bracket: where a copy that lost its line breaks ran two entries together. */
const SPACE_AFTER_CLOSE = /(?<=[》)）])\s+/g;

/**
 * A line's whole citations, where a copy ran them together with spaces (1.《户口登记条例》     2.《收养法》):
 * split after a closed title (and its 文号 in brackets) where the next starts with its 《, numbered or not.
 */
export function entriesOnLine(line: string): string[] {
  const entries: string[] = [];
  let start = 0;
  for (const m of line.matchAll(SPACE_AFTER_CLOSE)) {
    const entry = line.slice(start, m.index);
    const next = line.slice(m.index + m[0].length);
    if (!entry.includes('》') || leavesOpen(entry) || !next.slice(listMarkerOf(next).length).startsWith('《')) continue;
    entries.push(entry);
    start = m.index + m[0].length;
  }
  entries.push(line.slice(start));
  return entries;
}

/** The item names: one name each, never a list of entries. */
const NAME_FIELDS: ReadonlySet<string> = new Set(['l1', 'l2', 'l3']);
/** A line of a name ending inside its own enumeration (随地吐痰、便溺,乱扔果皮、). */
const NAME_LIST_END = /[、，,]$/;

/** Units a publishing body's name ends with: a line ending so is a whole body, the next line another. */
const BODY_END = /(政府|委员会|委|局|办事处|办公室|办|中心|所|站|队|院|处|科|室|厅|社|公司|部门|单位|机构|分局|支队|大队|村|社区)$/;

/**
 * A one-line field's text with its wraps joined: `公安⏎分局` → 公安分局. In a text copy, whole
 * entries on lines become one line too where the field says how: numbered parts of a time limit
 * joined with ；, several bodies with 、. A break left (a name in two entries, a typed break) is refused.
 */
export function unwrappedOneLine(field: string, text: string, copied: boolean): string {
  if (!text.includes('\n')) return text;
  const bodies = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (copied && field === 'owner' && bodies.slice(0, -1).every((l) => BODY_END.test(l) || ENDS_ENTRY.test(l))) {
    return bodies.map((l) => l.replace(/[、，,；;]$/, '')).join('、');
  }
  // A name has no paragraphs: in a copy, an empty line inside it is the page's spacing (公共⏎⏎服务).
  const spaced = copied && NAME_FIELDS.has(field) ? bodies.join('\n') : text;
  const lines = unwrappedLines(spaced, copied);
  if (lines.length === 1) return lines[0]!;
  const trimmed = lines.map((l) => l.trim()).filter(Boolean);
  if (!copied) return lines.join('\n');
  if (field === 'timeframe') return trimmed.reduce((a, b) => (ENDS_ENTRY.test(a) ? a + b : `${a}；${b}`));
  // An item name is one name: a break after its inner 、 or ， (乱扔果皮、⏎纸屑) is the narrow column's, not a list's.
  if (NAME_FIELDS.has(field) && trimmed.slice(1).every((l) => !startsEntry(l)) && trimmed.slice(0, -1).every((l) => NAME_LIST_END.test(l)))
    return trimmed.join('');
  return lines.join('\n');
}
