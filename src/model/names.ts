// Item names: the one outline-number pattern and the one normaliser. Matching items across
// versions (diff), against the national guidelines (coverage) and within a domain (duplicate-item)
// ignores case, spacing, full/half-width punctuation and a pasted outline number; the
// outline-number rule reports and strips the very same numbers.

/**
 * Outline numbering pasted into a name: 1. / 1、 / 1) / 1.1 / 2.2.2 / （一） / 一、 / (1) / ①.
 * Digits may be full-width (１．). A number that belongs to the name (12345热线, 2024年度预算)
 * has no separator and is not one.
 */
export const OUTLINE_NUMBER =
  /^\s*(?:[0-9０-９]+(?:[.．][0-9０-９]+)*[.．、)）](?![0-9０-９])|[0-9０-９]+(?:[.．][0-9０-９]+)+(?![.．0-9０-９])|[（(]\s*[一二三四五六七八九十百]+\s*[)）]|[一二三四五六七八九十百]+[、．.]|[（(][0-9０-９]+[)）]|[①-⑳])\s*/;

/** The outline number at the start of `name` (with the spaces around it), or '' when it has none or is nothing else. */
export function outlineNumberOf(name: string): string {
  const m = OUTLINE_NUMBER.exec(name);
  return m && m[0].length < name.length ? m[0] : '';
}

/** A bullet a list entry starts with (●各地配套政策法规文件, •《条例》), or a box used as one (■《条例》, □政府公报). */
const BULLET = /^\s*[●•·▪◆◇○■□√▲▄]\s*/;

/** What marks `text` as a list entry, the spaces after it included: its outline number or bullet, or ''. */
export function listMarkerOf(text: string): string {
  return outlineNumberOf(text) || (BULLET.exec(text)?.[0] ?? '');
}

/**
 * A name that only says there is none — 无, 暂无, 无二级事项, /, —, N/A — as clerks type into a
 * 二级事项 cell that has nothing to hold. An item with no 二级事项 leaves l2 out instead.
 */
const NO_NAME = /^\s*(?:无|暂无|没有|空|略|不适用|无[二三]级(?:事项)?|[/／\\]|[-－—–―]{1,2}|n\/?a)\s*$/i;

export function isNoName(name: string): boolean {
  return NO_NAME.test(name);
}

export function normaliseName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .slice(outlineNumberOf(name).length)
    .normalize('NFKC')
    .replace(/[\s()（）【】[\]「」“”"'‘’、，,;；:：.．·]/g, '')
    .toLowerCase();
}
