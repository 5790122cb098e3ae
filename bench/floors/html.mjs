// Floor (c): handlebars rendering the same rows with a minimal table template, one page per file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { load } from 'js-yaml';
import { directoryFiles } from './files.mjs';

const [out, ...roots] = process.argv.slice(2);
const page = Handlebars.compile(
  '<!doctype html><table>{{#each items}}<tr><td>{{id}}</td><td>{{l1}}</td><td>{{l2}}</td><td>{{content}}</td><td>{{basis}}</td><td>{{timeframe}}</td><td>{{owner}}</td><td>{{channels}}</td><td>{{audience}}</td><td>{{mode}}</td><td>{{level}}</td></tr>{{/each}}</table>',
);
mkdirSync(out, { recursive: true });
let n = 0;
for (const file of directoryFiles(roots)) {
  const data = load(readFileSync(file, 'utf8'));
  writeFileSync(join(out, `p${n++}.html`), page(data));
}
