// One root for the paths of every report a CI tool reads (json, SARIF, GitHub, JUnit, GitLab): the
// repository's root when the working folder is in a git repository, else the working folder, so a
// run from a subfolder reports the same paths in every format and GitHub and GitLab find the files.
// A file outside the root keeps its absolute path. Stylish, read by a person at a terminal, keeps
// paths relative to where that person is.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { LintResult } from '../../lint/run.js';
import { repositoryRoot } from '../../util/paths.js';
import type { Formatter } from '../formatter.js';

/** The folder a CI report's paths are relative to. */
export function reportRoot(cwd: string): string {
  return repositoryRoot(cwd) ?? cwd;
}

/** `formatter` given the result with every path relative to the report root (absolute outside it). */
export function rooted(formatter: Formatter<LintResult>): Formatter<LintResult> {
  return (result, ctx) => {
    const cwd = ctx.cwd ?? process.cwd();
    const root = ctx.root ?? reportRoot(cwd);
    const path = (file: string) => {
      const absolute = resolve(cwd, file);
      const rel = relative(root, absolute);
      return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split(sep).join('/');
    };
    const moved = { ...result, files: result.files.map(path), findings: result.findings.map((f) => ({ ...f, file: path(f.file) })) };
    return formatter(moved, { ...ctx, cwd, root });
  };
}
