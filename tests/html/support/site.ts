// Build a workspace's site for the html tests, and read its pages back as DOM documents (jsdom).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { build } from '../../../src/publish/build.js';
import type { BuildTarget } from '../../../src/export/target-table.js';
import { REPO, fixture } from '../../helpers/cli.js';

export const WORKSPACES = {
  clean: fixture('clean'),
  xss: fixture('xss'),
  demo: join(REPO, 'examples/demo-county'),
} as const;

export interface BuiltSite {
  /** The build's output folder (directory.json etc.). */
  out: string;
  /** out/site */
  dir: string;
  remove(): void;
}

/** The city of five counties (tests/fixtures/city), one of them in a folder named in Chinese. */
export const CITY = fixture('city');
/** Two versions of one county (tests/fixtures/versions): v2 built with `--previous v1` has a changelog. */
export const VERSIONS = { v1: fixture('versions/v1'), v2: fixture('versions/v2') };

export async function buildSite(
  workspace: string,
  options: { only?: BuildTarget[]; out?: string; env?: NodeJS.ProcessEnv; previous?: string } = {},
): Promise<BuiltSite> {
  const out = options.out ?? join(mkdtempSync(join(tmpdir(), 'gkml-html-')), 'out');
  await build({
    workspace,
    out,
    only: options.only ?? ['json', 'html'],
    cwd: REPO,
    env: options.env ?? {},
    ...(options.previous ? { previous: options.previous } : {}),
  });
  return { out, dir: join(out, 'site'), remove: () => rmSync(out, { recursive: true, force: true }) };
}

/** The HTML pages of a site (those of a city's regions as regions/<slug>/<page>), sorted. */
export function pagesOf(siteDir: string): string[] {
  return filesUnder(siteDir).filter((f) => f.endsWith('.html') && !f.startsWith('downloads/'));
}

const doms = new Map<string, Document>();

/** A page as a DOM document; parsed once per test file (pages are read, never changed). */
export function readDom(siteDir: string, page: string): Document {
  const path = join(siteDir, page);
  const cached = doms.get(path);
  if (cached) return cached;
  const doc: Document = new JSDOM(readFileSync(path, 'utf8')).window.document;
  doms.set(path, doc);
  return doc;
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}
