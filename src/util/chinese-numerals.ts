// Numbers as Chinese official documents write them: 一、二、… for section headings, and dates as
// 二〇二六年六月三十日 (GB/T 9704: the date on a document's cover and signature).

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 26 → 二十六, 100 → 一百 (up to 999). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no Chinese ordinal for ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? DIGITS[tens] : ''}十`;
  else if (hundreds && ones) out += '〇';
  if (ones) out += DIGITS[ones];
  return out;
}

/** 2026-06-30 → 二〇二六年六月三十日: the year digit by digit, month and day as numbers. */
export function chineseNumeralDate(date: string): string {
  const [y, m, d] = date.split('-');
  const year = [...y!].map((digit) => DIGITS[Number(digit)]).join('');
  return `${year}年${chineseOrdinal(Number(m))}月${chineseOrdinal(Number(d))}日`;
}
