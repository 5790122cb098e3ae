// Loaded with `node --import`: records every module URL the process resolves into $GKML_TRACE,
// and at exit every CommonJS module it required (require() does not go through the ESM hooks),
// so a test can assert what a command does (and does not) load.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./trace-hooks.mjs', import.meta.url, { data: { out: process.env.GKML_TRACE } });

const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  if (process.env.GKML_TRACE)
    appendFileSync(
      process.env.GKML_TRACE,
      Object.keys(cache)
        .map((p) => `${pathToFileURL(p).href}\n`)
        .join(''),
    );
});
