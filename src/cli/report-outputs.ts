// Where `gkml lint` writes its reports (`-f` formats, `-o [format=]path` files), checked before
// anything is linted: a misspelt format or a file whose extension names another format is a usage
// error (exit 2), not a report quietly written in the wrong form. A report that cannot be written
// is one line naming the file and why.
import { statSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { faultCause } from '../core/system-faults.js';
import { CLI } from '../i18n/catalogue/cli.js';
import { msg } from '../i18n/messages.js';
import { formatNames, lintFormatsWriting } from '../report/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';

export interface Output {
  format: string;
  /** The file to write, as typed; undefined: standard output. */
  path?: string;
}

/** `foo=…` names a format (a word), `./a=b.txt` or `/tmp/x=y` a file. */
const FORMAT_PREFIX = /^[A-Za-z][\w-]*$/;

function checkExtension(format: string, path: string): void {
  const ext = extname(path);
  const expected = lintFormatsWriting(ext);
  if (expected.length && !expected.includes(format)) throw new GkmlError(msg(CLI.outputExtension, { path, ext, expected, format }));
}

/** The reports to write: each `-f` format (stylish by default), to the file `-o` gives it or to standard output. */
export function planOutputs(formats: readonly string[] | undefined, specs: readonly string[]): Output[] {
  const chosen = formats?.length ? [...formats] : ['stylish'];
  const known = formatNames('lint');
  const targets = new Map<string, string>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const prefix = eq > 0 ? spec.slice(0, eq) : '';
    if (known.includes(prefix)) targets.set(prefix, spec.slice(eq + 1));
    else if (FORMAT_PREFIX.test(prefix)) throw new GkmlError(msg(CLI.outputUnknownFormat, { spec, format: prefix, choices: known }));
    else if (chosen.length === 1) targets.set(chosen[0]!, spec);
    else throw new GkmlError(msg(CLI.outputSpec, { spec }));
  }
  for (const [format, path] of targets) {
    checkExtension(format, path);
    if (!chosen.includes(format)) chosen.push(format);
  }
  return chosen.map((format) => ({ format, path: targets.get(format) }));
}

function isSpecialFile(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes one report file (relative to `cwd`); a failure is a GkmlError naming the file as typed.
 * A device or pipe (`-o /dev/stdout`) is written into, never replaced by a file renamed over it.
 */
export function writeReport(cwd: string, path: string, text: string): void {
  const abs = resolve(cwd, path);
  try {
    if (isSpecialFile(abs)) writeFileSync(abs, text);
    else writeFileAtomic(abs, text);
  } catch (err) {
    const cause = faultCause(err);
    if (!cause) throw err;
    throw new GkmlError(msg(CLI.cannotWriteReport, { path, cause }));
  }
}
