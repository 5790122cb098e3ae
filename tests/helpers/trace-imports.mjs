// Loaded with `node --import`: records every module URL the process resolves into $GKML_TRACE,
// so a test can assert what a command does (and does not) load.
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url, { data: { out: process.env.GKML_TRACE } });
