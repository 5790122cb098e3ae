// The vocabulary of 公开时限 shared by the timeframe rules: a time limit is read clause by clause
// (法规另有规定的从其规定；公示7个工作日 …), and a clause is concrete when it names a period.

export interface Clause {
  text: string;
  /** Offset of the clause in the whole time limit. */
  start: number;
}

export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^;；。\n]+/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

/** A concrete period or cycle: 20个工作日, 7日, 一周, 半年, 每季度, 实时, 1月31日 … */
export const PERIOD =
  /(?:\d+|[一二三四五六七八九十两半]+)\s*个?\s*(?:工作日|自然日|日|天|周|星期|个月|月|季度|年|小时)|每(?:年|半年|季度?|月|周|日|天)|实时|即时|当日|当天/;

/** Words that put a duration rather than a deadline in front of a number (公示7个工作日, 不得少于30日, 可延长7个工作日). */
export const DURATION_BEFORE = /(?:公示|公示期|不得少于|不少于|少于|为期|期限为?|持续|至少|时间|延长|延期|顺延)$/;

/** A line that starts a part of its own: 2.处罚决定…, (2)…, 二、…. */
const PART_START = /^\s*(?:\d+\s*[.、．)）:：]|[(（]\d+[)）]|[一二三四五六七八九十]+[、.．])/;

/**
 * A time limit with the line breaks that only wrap it joined (信息形成⏎或者变更⏎之日起20⏎个工作日):
 * a break stays, as a clause boundary, only before a numbered part or after a clause's end.
 */
export function joinWraps(text: string): string {
  const lines = text.trim().split('\n');
  return lines.reduce(
    (out, line, i) => (i === 0 ? line.trim() : out + (PART_START.test(line) || /[;；。]\s*$/.test(out) ? '\n' : '') + line.trim()),
    '',
  );
}
