// Collects lint errors across the workspaces of a build; the first error is the first in report
// order. A draft build lets errors through and only counts them.
import { compareFindings, type Finding } from '../lint/finding.js';
import { publishRefusal } from '../lint/checked-workspace.js';

/** What one workspace's lint found, as the gate counts it. */
export interface LintTally {
  errorCount: number;
  firstError?: Finding;
}

export class LintGate {
  private errors = 0;
  private first: Finding | undefined;

  constructor(
    private readonly dir: string,
    private readonly draft = false,
  ) {}

  add(checked: LintTally): void {
    this.errors += checked.errorCount;
    const f = checked.firstError;
    if (f && (!this.first || compareFindings(f, this.first) < 0)) this.first = f;
  }

  /** True once an error stops the build (never for a draft). */
  get failed(): boolean {
    return !this.draft && this.errors > 0;
  }

  /** The errors a draft was published with. */
  get count(): number {
    return this.errors;
  }

  check(): void {
    if (this.first && !this.draft) throw publishRefusal(this.dir, this.errors, this.first);
  }
}
