// Level labels as tables write them: 县级, 乡镇级, 区县级, and 乡、村级 — one label for one column
// (the 级 is shared by both places), which is not two values — and the standard label each stands for.

/** Labels seen in published tables (docs/reference/format.md §1.1) and the standard label they stand for. */
const ALIASES: Record<string, string> = {
  乡镇级: '乡级',
  镇级: '乡级',
  '镇(街)级': '乡级',
  镇街级: '乡级',
  街道级: '乡级',
  '乡、村级': '乡级',
  区级: '县级',
  区县级: '县级',
  '县(市、区)级': '县级',
  县区级: '县级',
  县市级: '县级',
};

/** The standard label a table's label stands for (乡镇级 → 乡级), when it is one of `labels`. */
export function standardLevel(label: string, labels: readonly string[]): string | undefined {
  const standard = ALIASES[label.normalize('NFKC').replace(/\s+/g, '')];
  return standard && labels.includes(standard) ? standard : undefined;
}

/** 乡、村级: names joined by 、 of which only the last ends in 级 — one label, not a list of two. */
export function isOneLevelLabel(text: string): boolean {
  const parts = text.split('、');
  return parts.length > 1 && parts.at(-1)!.endsWith('级') && parts.slice(0, -1).some((p) => !p.endsWith('级'));
}
