// The `yaml` package, loaded on first use. Its positioned Document is needed only for files with
// findings, for fixes and for config files that fail the fast path: linting clean files never
// loads it, which shortens a small lint's start-up. (The package's Node entry is CommonJS, so
// require() gives the very module an `import` would.)
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);
let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  return (lib ??= require('yaml') as typeof Yaml);
}
