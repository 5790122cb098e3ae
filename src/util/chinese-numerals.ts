// Numbers as Chinese official documents write them: 一、二、… for section headings, and dates as
// 二〇二六年六月三十日 (GB/T 9704: the date on a document's cover and signature).

const DIGITS = '〇一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];
/** Each group of four digits: 万 (10⁴), 亿 (10⁸), 万亿 (10¹²), which reaches past Number.MAX_SAFE_INTEGER. */
const GROUP_UNITS = ['', '万', '亿', '万亿'];

/** 1–9999 written out: zeros between digits read as one 〇, trailing zeros not at all (1010 → 一千〇一十). */
function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const digit = Math.floor(n / 10 ** p) % 10;
    if (digit === 0) {
      zero ||= out !== '';
      continue;
    }
    out += `${zero ? '〇' : ''}${DIGITS[digit]}${UNITS[p]}`;
    zero = false;
  }
  return out;
}

/**
 * 1 → 一, 10 → 十, 11 → 十一, 26 → 二十六, 105 → 一百〇五, 1000 → 一千, 1010 → 一千〇一十,
 * 10001 → 一万〇一, 100000 → 十万: any positive safe integer, so that a heading never runs out of numbers.
 */
export function chineseOrdinal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`no Chinese ordinal for ${n}`);
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let out = '';
  let zero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (group === 0) {
      zero = true;
      continue;
    }
    // A gap before this group (a group of zeros, or fewer than four digits after a higher one) reads as 〇.
    out += `${out && (zero || group < 1000) ? '〇' : ''}${fourDigits(group)}${GROUP_UNITS[g]}`;
    zero = false;
  }
  // 10–19 at the start is 十…, not 一十… (but 一百一十, 一万〇一十).
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 2026-06-30 → 二〇二六年六月三十日: the year digit by digit, month and day as numbers. */
export function chineseNumeralDate(date: string): string {
  const [y, m, d] = date.split('-');
  const year = [...y!].map((digit) => DIGITS[Number(digit)]).join('');
  return `${year}年${chineseOrdinal(Number(m))}月${chineseOrdinal(Number(d))}日`;
}
