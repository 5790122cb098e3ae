// Reading a 公开依据 citation: the 《titles》 it names (with their offsets, for fixes), and the
// normal forms used to compare titles and 文号 however a directory happened to write them
// (《》 or not, a leading 中华人民共和国, full-width forms, 国令/国务院令, 〔〕/()/[], 二十一/21).
import type { Citation } from '../../model/types.js';

export interface TitleSpan {
  /** The title with its 《》. */
  title: string;
  /** Offsets of the title (with 《》) in the citation text. */
  start: number;
  end: number;
}

/** The 《…》 titles in a citation; inner titles are written 〈…〉 and stay part of the outer one. */
export function titlesIn(text: string): TitleSpan[] {
  return [...text.matchAll(/《[^《》]*》/g)].map((m) => ({ title: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The citation's own text and where it sits in the file's data: the string, or the object's title. */
export function citationParts(
  citation: Citation,
  path: (string | number)[],
): { text: string; titlePath: (string | number)[]; ref?: string } {
  if (typeof citation === 'string') return { text: citation, titlePath: path };
  return { text: citation.title + (citation.ref ? `(${citation.ref})` : ''), titlePath: [...path, 'title'], ref: citation.ref };
}

function width(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Titles compare equal when they differ only in 《》, width, spacing, dashes or a leading 中华人民共和国. */
export function normaliseTitle(title: string): string {
  return width(title)
    .replace(/^《|》$/g, '')
    .replace(/[—–‐－-]+/g, '-')
    .replace(/^中华人民共和国/, '');
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十一 → 21, 七百一十一 → 711 (the numbers of decrees and orders). */
export function chineseNumber(text: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      total += (digit || 1) * UNITS[ch]!;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

/**
 * A citation's text in the form 文号 are compared in: full-width forms folded, every bracket around
 * a year written 〔〕, 国令 and 中华人民共和国国务院令 as 国务院令, 令711号 as 令第711号, numbers in digits.
 */
export function normaliseRefs(text: string): string {
  return width(text)
    .replace(/[[(【{﹝]\s*(\d{4})\s*[\])】}﹞]/g, '〔$1〕')
    .replace(/(?:中华人民共和国)?国(?:务院)?令/g, '国务院令')
    .replace(/中华人民共和国主席令/g, '主席令')
    .replace(
      /令第?([〇零一二三四五六七八九十百千两]+|\d+)号/g,
      (_, n: string) => `令第${/^\d+$/.test(n) ? Number(n) : (chineseNumber(n) ?? n)}号`,
    );
}

/** The 《 or 》 left without its partner once the whole titles are taken out, with the text it belongs to. */
export function strayBracket(text: string): string | undefined {
  const rest = text.replace(/《[^《》]*》/g, (m) => '\u0000'.repeat(m.length));
  const at = rest.search(/[《》]/);
  if (at < 0) return undefined;
  if (rest[at] === '《') {
    const next = rest.indexOf('《', at + 1);
    return text.slice(at, next < 0 ? undefined : next).trim();
  }
  const before = Math.max(rest.lastIndexOf('\u0000', at) + 1, 0);
  return text.slice(before, at + 1).trim();
}
