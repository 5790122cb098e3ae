// Collects lint errors across the workspaces of a build; the first error is the first in report order.
import { compareFindings, type Finding } from '../lint/finding.js';
import { publishRefusal, type CheckedWorkspace } from '../lint/checked-workspace.js';

export class LintGate {
  private errors = 0;
  private first: Finding | undefined;

  constructor(private readonly dir: string) {}

  add(checked: CheckedWorkspace): void {
    this.errors += checked.errorCount;
    const f = checked.firstError;
    if (f && (!this.first || compareFindings(f, this.first) < 0)) this.first = f;
  }

  get failed(): boolean {
    return this.errors > 0;
  }

  check(): void {
    if (this.first) throw publishRefusal(this.dir, this.errors, this.first);
  }
}
