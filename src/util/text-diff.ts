// A unified diff of two texts, line by line (for `gkml lint --fix-dry-run`): the changed lines
// with three lines of context, the format `patch` and `git apply` read.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The edit script between two line lists: longest common subsequence over the part that differs. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle: Op[] = [];
  if (x.length * y.length > 4_000_000) {
    // Too large to align cheaply: show the differing block as removed, then added.
    middle.push(...x.map((line) => ({ kind: '-' as const, line })), ...y.map((line) => ({ kind: '+' as const, line })));
  } else {
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        middle.push({ kind: ' ', line: x[i]! });
        i++;
        j++;
      } else if (i < x.length && (j === y.length || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!))
        middle.push({ kind: '-', line: x[i++]! });
      else middle.push({ kind: '+', line: y[j++]! });
    }
  }
  return [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
}

function lines(text: string): string[] {
  const out = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (out[out.length - 1] === '') out.pop();
  return out;
}

export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  const ops = diffLines(lines(before), lines(after));
  const changed = ops.map((op, i) => (op.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let k = 0;
  while (k < changed.length) {
    // A hunk: changes less than 2×context lines apart, with context around them.
    let last = k;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context) last++;
    const from = Math.max(0, changed[k]! - context);
    const to = Math.min(ops.length, changed[last]! + context + 1);
    let oldStart = 1;
    let newStart = 1;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== '+') oldStart++;
      if (op.kind !== '-') newStart++;
    }
    const body = ops.slice(from, to);
    const oldCount = body.filter((op) => op.kind !== '+').length;
    const newCount = body.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${oldCount ? oldStart : oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`);
    for (const op of body) out.push(op.kind + op.line);
    k = last + 1;
  }
  return out.join('\n') + '\n';
}
