// The cost of the search synonyms: the same workspaces with gkml's registry switched off
// (`search: {builtin: false}` in every config), and the size of the search indexes a site holds.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, visit) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, visit);
    else visit(path, name);
  }
}

/** A copy of the workspace tree at `top` whose every config leaves the registry out. */
export function withoutSynonyms(top, dest) {
  rmSync(dest, { recursive: true, force: true });
  cpSync(top, dest, { recursive: true });
  walk(dest, (path, name) => {
    if (name !== 'gkml.config.yaml') return;
    const text = readFileSync(path, 'utf8');
    if (/^search:/m.test(text)) throw new Error(`${path} already has search:`);
    writeFileSync(path, `${text.trimEnd()}\nsearch:\n  builtin: false\n`);
  });
  return dest;
}

/** Bytes of every search-index.js under a site folder. */
export function searchIndexBytes(siteDir) {
  let bytes = 0;
  walk(siteDir, (path, name) => {
    if (name === 'search-index.js') bytes += statSync(path).size;
  });
  return bytes;
}
