// The directory files of the benchmark workspaces (every `directories/*.yaml` below the roots).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function directoryFiles(roots) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.yaml') && dir.endsWith('directories')) out.push(path);
    }
  };
  for (const root of roots) walk(root);
  return out;
}
