// Inline suppressions in YAML comments, each with the reason a reviewer needs:
//   # gkml-disable-next-line channel-vocabulary -- 本县渠道名称经县政府常务会议确定
//   # gkml-disable-file domain-coverage -- 本县不涉及税收管理
// next-line applies to the next line holding data (blank and comment lines are skipped); file to the
// whole file. A directive without a reason (next-line), naming an unknown rule, or suppressing
// nothing is itself reported, as rule `suppression`.
import { yamlLib } from '../workspace/yaml-lib.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg, NOTHING } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { RULES, ruleBySlug } from '../rules/index.js';
import { closest } from '../util/distance.js';
import type { SourceFile } from '../workspace/source.js';
import type { PendingFinding } from './finding.js';

export interface Directive {
  kind: 'next-line' | 'file';
  rules: string[];
  reason: string;
  /** 1-based line of the comment, and the line it suppresses (next-line). */
  line: number;
  target?: number;
  /** Offsets of the comment text. */
  start: number;
  end: number;
}

const DIRECTIVE = /^[ \t]*(#\s*gkml-disable-(next-line|file)\b([^\r\n]*))/gm;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Block scalars (| and >) hold text, not comments: a `#` line inside one is data. */
function blockScalarRanges(file: SourceFile): [number, number][] {
  const ranges: [number, number][] = [];
  const { isScalar, visit } = yamlLib();
  visit(file.doc, {
    Scalar(_, node) {
      if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range)
        ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}

/** The rule names at the start of a directive: words of lower-case letters, digits and hyphens. */
function ruleNames(spec: string): string[] {
  const names: string[] = [];
  for (const word of spec.split(/[\s,，]+/).filter(Boolean)) {
    if (!/^[a-z][a-z0-9-]*$/.test(word)) break;
    names.push(word);
  }
  return names;
}

export function parseDirectives(file: SourceFile): Directive[] {
  // A directory read from a table has no comments (its text is written from the cells).
  if (file.placedByPointer || !file.text.includes('gkml-disable')) return [];
  const starts = lineStarts(file.text);
  const lines = file.text.split('\n');
  const blocks = blockScalarRanges(file);
  const out: Directive[] = [];
  for (const m of file.text.matchAll(DIRECTIVE)) {
    const start = m.index + m[0].indexOf('#');
    if (blocks.some(([a, b]) => start >= a && start < b)) continue;
    const [spec = '', reason = ''] = m[3]!.split(/\s--\s?/, 2).map((s) => s.trim());
    const line = lineOf(starts, start);
    let target: number | undefined;
    if (m[2] === 'next-line') {
      target = line + 1;
      while (target <= lines.length && /^\s*(?:#.*)?$/.test(lines[target - 1]!)) target++;
    }
    out.push({
      kind: m[2] as Directive['kind'],
      rules: ruleNames(spec),
      reason,
      line,
      target,
      start,
      end: start + m[1]!.trimEnd().length,
    });
  }
  return out;
}

export interface SuppressionOutcome {
  kept: PendingFinding[];
  /** Findings about the directives themselves (rule `suppression`, severity still to be applied). */
  problems: { start: number; end: number; message: Text }[];
}

/**
 * Drop the findings of `file` its directives suppress. `active(slug)` tells whether a rule runs
 * for this file at all: a directive for a rule that is off is not reported as unused.
 */
export function applySuppressions(file: SourceFile, findings: PendingFinding[], active: (slug: string) => boolean): SuppressionOutcome {
  const directives = parseDirectives(file);
  if (directives.length === 0) return { kept: findings, problems: [] };
  const problems: SuppressionOutcome['problems'] = [];
  const report = (d: Directive, message: Text) => problems.push({ start: d.start, end: d.end, message });
  const effective: { d: Directive; rule: string; used: boolean }[] = [];
  for (const d of directives) {
    if (d.rules.length === 0) {
      report(d, msg(LINT.suppressionNoRule, { kind: d.kind }));
      continue;
    }
    if (d.kind === 'next-line' && !d.reason) {
      report(d, msg(LINT.suppressionNoReason, { kind: d.kind }));
      continue;
    }
    for (const rule of d.rules) {
      if (!ruleBySlug(rule) || rule === 'suppression') {
        const guess = closest(
          rule,
          RULES.map((r) => r.meta.slug),
        );
        report(d, msg(LINT.suppressionUnknownRule, { rule, guess: guess ? msg(LINT.didYouMean, { guess }) : NOTHING }));
        continue;
      }
      effective.push({ d, rule, used: false });
    }
  }
  const lineCounter = file.lineCounter;
  const kept = findings.filter((f) => {
    // A finding at a cell (the importer's, on a table) has no line to be suppressed on.
    const line = f.at.kind === 'text' ? lineCounter.linePos(f.at.start).line : 0;
    const by = effective.find((e) => e.rule === f.rule && (e.d.kind === 'file' || e.d.target === line));
    if (by) by.used = true;
    return !by;
  });
  for (const e of effective) {
    if (e.used || !active(e.rule)) continue;
    if (e.d.kind === 'file') report(e.d, msg(LINT.suppressionUnusedInFile, { rule: e.rule }));
    else report(e.d, msg(LINT.suppressionUnusedOnLine, { line: String(e.d.target), rule: e.rule }));
  }
  return { kept, problems };
}
