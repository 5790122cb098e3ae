// What changed between two versions of a directory, as the diff (src/diff/diff.ts) reports it: a
// compendium built with `gkml build --previous` carries its own, so every exporter reads it there.

export interface ItemRef {
  id: string;
  domain: string;
  l1: string;
  l2?: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangedItem extends ItemRef {
  fields: FieldChange[];
}

export interface RenamedItem extends ItemRef {
  from: string;
  fields: FieldChange[];
}

export interface VersionInfo {
  label: string;
  region: string;
  version: string;
  date: string;
}

export interface DiffReport {
  old: VersionInfo;
  new: VersionInfo;
  added: ItemRef[];
  removed: ItemRef[];
  changed: ChangedItem[];
  renamed: RenamedItem[];
}
