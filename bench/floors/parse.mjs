// Floor (a): yaml.parseDocument of every directory file, nothing else.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { directoryFiles } from './files.mjs';

for (const file of directoryFiles(process.argv.slice(2))) parseDocument(readFileSync(file, 'utf8'), { lineCounter: new LineCounter() });
