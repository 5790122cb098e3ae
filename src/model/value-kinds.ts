// What a one-line text field (names, 公开时限, 公开主体, a citation) must not hold: a spreadsheet's
// date, number, true/false or error value, a text that is only a number or only a date, a line
// break. One reading for the importer, which refuses such a cell, and for the rules, which report
// such a YAML value; both say what was found in the same words.
import { VALUES } from '../i18n/catalogue/values.js';
import { msg, NOTHING, type Param } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';

/** A value that is not text as a person typed it, and how it is shown. */
export interface NotText {
  kind: 'date' | 'number' | 'boolean' | 'error';
  /** The value as the cell shows it: 2024-01-01, 20, TRUE, #N/A. */
  shown: string;
}

const BARE_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/** A whole text that is a calendar date: 2024-01-01, 2024/1/1, 2024.1.1, 2024年1月1日. */
const BARE_DATE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$/;

/** A text that is only a number or only a date (full-width digits read as digits). */
export function bareNumberOrDate(text: string): NotText | undefined {
  const t = text.normalize('NFKC').trim();
  if (BARE_NUMBER.test(t)) return { kind: 'number', shown: t };
  if (BARE_DATE.test(t)) return { kind: 'date', shown: t };
  return undefined;
}

/** Excel counts days from 1899-12-30: a whole number in this century's range may be a date shown as a number. */
function serialDate(shown: string): string | undefined {
  const n = Number(shown);
  if (!Number.isInteger(n) || n < 25_569 || n > 73_415) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10);
}

/** What was found instead of text, for a field titled `title` (公开时限 gets its own words for a number). */
export function notTextReason(value: NotText, field: string, title: Param): Text {
  const date = serialDate(value.shown);
  const dateNote = date ? msg(VALUES.serialDate, { date }) : NOTHING;
  switch (value.kind) {
    case 'date':
      return msg(VALUES.date, { date: value.shown, title });
    case 'number':
      return field === 'timeframe'
        ? msg(VALUES.numberTimeframe, { value: value.shown, date: dateNote })
        : msg(VALUES.number, { value: value.shown, title, date: dateNote });
    case 'boolean':
      return msg(VALUES.boolean, { value: value.shown, title });
    case 'error':
      return msg(VALUES.error, { value: value.shown, title });
  }
}

/** A text with its line breaks shown as ⏎, so that a message or a report line stays one line. */
export function oneLine(text: string): string {
  return text.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '⏎');
}

/** A one-line value holding a line break: the line-break rule reports it, other rules leave it to that one. */
export function hasLineBreak(value: string): boolean {
  return value.trim().includes('\n');
}

/** Why a one-line field with a line break is refused; a body's field says how to name several. */
export function lineBreakReason(value: string, field: string, title: Param): Text {
  return msg(field === 'owner' ? VALUES.lineBreakOwner : VALUES.lineBreak, { title, value: oneLine(value.trim()) });
}

/** What a spreadsheet runs as a formula calling out: a DDE link app|topic!item (cmd|' /C calc'!A0), DDE(), HYPERLINK( … */
const COMMAND =
  /([A-Za-z0-9_.]+\s*\|)\s*(?:'[^']*'|[^\s!|]+)\s*!|(\bDDE(?:AUTO)?\b)|(\b(?:HYPERLINK|WEBSERVICE|IMPORTXML|IMPORTDATA|IMPORTHTML|IMPORTRANGE|IMAGE|CALL|REGISTER(?:\.ID)?|EXEC)\s*\()/i;

/** A text a spreadsheet would take as a formula calling a command or link: it starts with =, +, - or @ and holds such a call. */
export function commandText(text: string): Text | undefined {
  const t = text.normalize('NFKC').trimStart();
  if (!/^[=+\-@]/.test(t)) return undefined;
  const command = COMMAND.exec(t);
  if (!command) return undefined;
  return msg(VALUES.commandText, {
    value: oneLine(t.length > 40 ? `${t.slice(0, 40)}…` : t),
    lead: t[0]!,
    command: (command[1] ?? command[2] ?? command[3]!).replace(/\s+/g, ''),
  });
}

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ), as a Chinese input method types them. */
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]+/g;

/** The runs of full-width letters and digits in a text ('' when none). */
export function fullWidthRuns(text: string): string[] {
  return text.match(FULL_WIDTH_ALNUM) ?? [];
}

/** The text with its full-width letters and digits written half-width; everything else as it was. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (run) => run.normalize('NFKC'));
}

/** What a text with full-width letters or digits should be, in words: ７１１ → 711. */
export function fullWidthReason(text: string, title: Param): Text {
  const runs = fullWidthRuns(text);
  return msg(VALUES.fullWidth, { title, chars: runs.join('、'), fixed: runs.map(halfWidth).join('、') });
}
