// The national guidelines shipped in directories/: one guideline file per pilot domain.
import { readdirSync, readFileSync } from 'node:fs';
import { packagePath } from '../core/package.js';
import type { DirectoryData } from '../model/types.js';
import { parseSource, type SourceFile } from '../workspace/source.js';

export const GUIDELINE_DIR = packagePath('directories/');

export interface GuidelineFile {
  file: SourceFile;
  data: DirectoryData;
}

let cached: Map<string, GuidelineFile> | undefined;

/** Guideline files by domain id. They are part of gkml and always valid (tests guard that). */
export function loadGuidelines(): Map<string, GuidelineFile> {
  if (!cached) {
    cached = new Map();
    for (const name of readdirSync(GUIDELINE_DIR)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const path = GUIDELINE_DIR + name;
      const file = parseSource(path, `directories/${name}`, readFileSync(path, 'utf8'));
      const data = file.data as DirectoryData;
      cached.set(data.domain, { file, data });
    }
  }
  return cached;
}
