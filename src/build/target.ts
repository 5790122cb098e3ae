// What every build target (json, xlsx, html) receives and returns.
import type { Lang } from '../i18n/text.js';
import type { Compendium } from '../model/cascade.js';
import type { Workspace } from '../workspace/load.js';

export interface TargetContext {
  workspace: Workspace;
  compendium: Compendium;
  /** The staging folder to write into (swapped into place when the whole build succeeds). */
  outDir: string;
  /** File timestamps inside archives (xlsx zip entries, workbook properties). */
  timestamp: Date;
  lang: Lang;
  /** Files written by targets that ran before this one (relative to outDir). */
  written: readonly string[];
  progress(message: string): void;
}

/** Writes the target's files into ctx.outDir and returns their paths relative to it. */
export type TargetWriter = (ctx: TargetContext) => Promise<string[]>;
