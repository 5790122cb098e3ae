// The shape of a lint rule (markdownlint style): metadata that drives docs, the config schema and
// SARIF, plus a check over one file and/or the whole workspace.
import type { Message } from '../i18n/messages.js';
import type { Lang, Text } from '../i18n/text.js';
import type { SeveritySetting, TextEdit } from '../core/positions.js';
import type { DirectoryData } from '../model/types.js';
import type { Profile } from '../schema/directory-schema.js';
import type { JsonPath } from '../workspace/locate.js';
import type { SourceFile } from '../workspace/source.js';
import type { WorkspaceSettings } from '../workspace/config.js';

export interface RuleMeta {
  /** Stable code, e.g. GK101. */
  code: string;
  /** Name users write in config and suppressions, e.g. channel-vocabulary. */
  slug: string;
  /** A short name a clerk reads where the slug would be (`gkml status`): 尚未填写 for unfilled. */
  title: Text;
  description: Text;
  /** Why the rule matters: first paragraph of its docs page. */
  why: Text;
  tags: readonly string[];
  /** The default; `off` for a rule a workspace turns on when it wants it. */
  severity: SeveritySetting;
  fixable: boolean;
  /**
   * The profiles of the files the rule checks (default: both). County-only rules ask for what a
   * county must write itself; a national guideline file records the ministry's text as it is.
   */
  profiles?: readonly Profile[];
  /** Docs examples: a YAML fragment that fires and one that does not. */
  examples?: { bad: string; good: string };
  /** What the rule reports, as ESLint's meta.messages: templates its findings are filled from. */
  messages?: Readonly<Record<string, Message>>;
}

export interface Report {
  /** Where, as a path into the file's data. */
  path: JsonPath;
  message: Text;
  /** Point at this key of the map at `path` instead of the value. */
  key?: string;
  suggestion?: string;
  fix?: TextEdit[];
}

export interface FileContext {
  file: SourceFile;
  data: DirectoryData;
  profile: Profile;
  settings: WorkspaceSettings;
  lang: Lang;
  report(report: Report): void;
}

export interface WorkspaceFile {
  file: SourceFile;
  data: DirectoryData;
  profile: Profile;
}

export interface WorkspaceContext {
  /** The files that passed the schema and whose profile the rule checks. */
  files: readonly WorkspaceFile[];
  settings: WorkspaceSettings;
  /** The workspace's gkml.config.yaml, for findings about the workspace as a whole. */
  configFile?: SourceFile;
  /**
   * Whether every directory file of the workspace was linted and passed the schema (a lint of
   * one file cannot tell what the workspace lacks). Asked only when needed: it lists the workspace.
   */
  wholeWorkspace(): Promise<boolean>;
  lang: Lang;
  report(file: SourceFile, report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  checkFile?(ctx: FileContext): void;
  checkWorkspace?(ctx: WorkspaceContext): void | Promise<void>;
}
