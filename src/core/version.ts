// gkml's own version, from its package.json (read once).
import { readFileSync } from 'node:fs';
import { packagePath } from './package.js';

let version: string | undefined;

export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
