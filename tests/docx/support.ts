// Builds documents for the docx tests and reads the package's XML back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { build } from '../../src/publish/build.js';
import type { BuildTarget } from '../../src/export/target-table.js';
import { REPO } from '../helpers/cli.js';

export const scratchDir = (prefix: string) => mkdtempSync(join(tmpdir(), `gkml-${prefix}-`));

export async function buildDocs(workspace: string, out: string, only: BuildTarget[] = ['docx']): Promise<string> {
  await build({ workspace, out, only, cwd: REPO, env: {} });
  return out;
}

/** The parts of a .docx by path, as text. */
export function parts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, data]) => [name, strFromU8(data)]));
}

export const count = (xml: string, pattern: RegExp) => (xml.match(new RegExp(pattern.source, 'g')) ?? []).length;

/** The text of every paragraph, in order (the runs of a paragraph joined, a line break — w:br or w:cr — as \n). */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:(?:br|cr)\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => (m[1] === undefined ? '\n' : unescape(m[1]))).join(''),
  );
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The tables of a document, each as its rows, each row as its cells' XML. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0])),
  );
}
