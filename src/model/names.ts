// Name normalisation for matching items across versions and against the national baseline:
// case, spacing, full/half-width brackets and pasted outline numbers do not make a different item.

const OUTLINE = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|\d+(?:[.．]\d+)*[.．、]?)\s*/;

export function normaliseName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFKC')
    .replace(OUTLINE, '')
    .replace(/[\s()（）【】\[\]「」“”"'‘’、，,;；:：.．·]/g, '')
    .toLowerCase();
}
