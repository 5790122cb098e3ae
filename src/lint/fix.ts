// `gkml lint --fix`: apply every safe fix the reported findings carry, lint the result again and
// repeat (a fix can reveal or unblock another) until nothing changes. Fixes are text edits inside
// single scalars, so comments and the formatting of untouched lines survive. Nothing is written
// unless the new text parses; a file is written through a temporary file and a rename, in its own
// encoding (UTF-8 BOM, UTF-16, GB18030) and with its own line ends, and only if it did not change
// on disk meanwhile. `dryRun` computes the same result and writes nothing.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../util/atomic-write.js';
import { onPath } from '../core/system-faults.js';
import { GkmlError } from '../core/errors.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import { decodeText } from '../workspace/decode.js';
import { parseSource } from '../workspace/source.js';
import { applyEdits, type TextEdit } from '../core/positions.js';
import { lintRun, type FixedFile, type LintOptions, type LintRun } from './run.js';

/** ESLint's limit: fixes that keep producing new fixes stop here. */
const MAX_PASSES = 10;

export interface FixOutcome {
  /** The lint of the fixed files. */
  run: LintRun;
  changed: FixedFile[];
}

/**
 * Apply fixes (each a group of edits that belong together) to `text`. A group overlapping one
 * already taken waits for the next pass, when it is recomputed on the new text.
 */
export function applyFixes(text: string, fixes: readonly (readonly TextEdit[])[]): string {
  const taken: TextEdit[] = [];
  const overlaps = (e: TextEdit) => taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start));
  const ordered = [...fixes].sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  for (const group of ordered) {
    if (group.some(overlaps)) continue;
    taken.push(...group);
  }
  return applyEdits(text, taken);
}

/** The bytes of `text` in the encoding `original` was in. */
async function encodeLike(original: Uint8Array, text: string): Promise<Uint8Array> {
  const { encoding } = decodeText(original);
  switch (encoding) {
    case 'utf-16le':
      return Buffer.from('\ufeff' + text, 'utf16le');
    case 'utf-16be':
      return Buffer.from('\ufeff' + text, 'utf16le').swap16();
    case 'gb18030': {
      const iconv = (await import('iconv-lite')).default;
      return iconv.encode(text, 'gb18030');
    }
    default: {
      const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
      return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
    }
  }
}

async function writeBack(file: FixedFile): Promise<void> {
  const bytes = readFileSync(file.path);
  if (decodeText(bytes).text !== file.before) {
    throw new GkmlError(msg(LINT.fileChanged), { file: file.display });
  }
  const encoded = await encodeLike(bytes, file.after);
  onPath(file.display, () => writeFileAtomic(file.path, encoded));
}

export async function lintAndFix(options: LintOptions): Promise<FixOutcome> {
  const dryRun = options.fix === 'dry-run';
  const texts = new Map<string, string>();
  const before = new Map<string, { display: string; text: string }>();
  // The baseline is recorded, if asked, only by the last lint: of what is on disk after the fixes.
  // Only files with findings can have fixes: the others are not kept between passes.
  const passOptions = { ...options, writeBaseline: false, texts, keepSources: false };
  let run = await lintRun(passOptions);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let progressed = false;
    const fixesOf = new Map<string, TextEdit[][]>();
    for (const f of run.result.findings) {
      if (!f.fix) continue;
      if (!fixesOf.has(f.file)) fixesOf.set(f.file, []);
      fixesOf.get(f.file)!.push(f.fix);
    }
    for (const file of run.sources) {
      // A submitted table's directory is never rewritten: table-fixes.ts shows its fixes cell by cell.
      if (run.tableSources.has(file)) continue;
      const fixes = fixesOf.get(file.display);
      if (!fixes) continue;
      const next = applyFixes(file.text, fixes);
      if (next === file.text) continue;
      // Never trade a readable file for a broken one.
      if (parseSource(file.path, file.display, next).fatal && !file.fatal) continue;
      if (!before.has(file.path)) before.set(file.path, { display: file.display, text: file.text });
      texts.set(file.path, next);
      progressed = true;
    }
    if (!progressed) break;
    run = await lintRun(passOptions);
  }
  const changed = [...before]
    .map(([path, b]) => ({ path, display: b.display, before: b.text, after: texts.get(path)! }))
    .filter((f) => f.after !== f.before);
  if (!dryRun) {
    for (const file of changed) await writeBack(file);
    // The report describes what is now on disk.
    if (changed.length > 0 || options.writeBaseline) run = await lintRun({ ...options, keepSources: false });
  }
  return { run, changed };
}
