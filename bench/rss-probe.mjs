// Loaded with `node --import`: on exit, appends this process's peak RSS (KB) to $GKML_RSS_FILE.
import { appendFileSync } from 'node:fs';

const out = process.env.GKML_RSS_FILE;
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
