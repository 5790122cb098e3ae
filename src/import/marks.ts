// Reading the mark cells of 公开对象 / 公开方式 / 公开层级 (docs/reference/format.md §1.3): "√" and its look-alikes,
// or text where a mark was expected — a level name ("县级"), or the group itself in 特定群体
// ("√(面向拟征收土地所在地的村集体成员)", "在征收范围内").
import { CHECKED_GLYPHS } from '../model/channels.js';
import { isOneLevelLabel } from '../model/level-labels.js';

/** A mark cell's tick: any glyph a channel cell takes as checked (■ ▄ ▲ ● √ ✓ ✔ …), or 是. */
const isTick = (t: string) => t === '是' || CHECKED_GLYPHS.includes(t);
const MARK_WITH_TEXT = new RegExp(`^[${CHECKED_GLYPHS.join('')}]\\s*[（(](.+)[)）]$`);

export interface MarkReading {
  marked: boolean;
  /** Text written in the cell instead of (or beside) the mark. */
  text?: string;
}

export function readMark(cell: string): MarkReading {
  const t = cell.trim();
  if (!t) return { marked: false };
  if (isTick(t)) return { marked: true };
  const withText = MARK_WITH_TEXT.exec(t);
  if (withText) return { marked: true, text: withText[1]!.trim() };
  return { marked: true, text: t };
}

/**
 * Names in one text cell: "主动、依申请", "县级 乡级". 、 separates names too, except inside a level
 * label such as 乡、村级 (only the last part ends in 级).
 */
export function splitNames(cell: string): string[] {
  return cell
    .split(/[\s，,；;/]+/)
    .flatMap((token) => (isOneLevelLabel(token) ? [token] : token.split('、')))
    .map((s) => s.trim())
    .filter(Boolean);
}
