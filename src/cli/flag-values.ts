// Flag values that are numbers (`--wait 30`, `--jobs 2`), read strictly: a typo stops the command
// with a message instead of becoming NaN.
import { GkmlError } from '../core/errors.js';
import { CLI } from '../i18n/catalogue/cli.js';
import { msg } from '../i18n/messages.js';

/** `--wait <seconds>`: 0 or more (default 0). */
export function parseWait(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value)) throw new GkmlError(msg(CLI.waitSeconds, { value }));
  return Number(value);
}

/** `--jobs <n>`: 1 or more threads; absent leaves the choice to the command. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new GkmlError(msg(CLI.jobsCount, { value }));
  return Number(value);
}

/** `--shard i/n`: the i-th of n shares, 1 ≤ i ≤ n. */
export function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^([1-9]\d{0,3})\/([1-9]\d{0,3})$/.exec(value.trim());
  if (!m || Number(m[1]) > Number(m[2])) throw new GkmlError(msg(CLI.shardValue, { value }));
  return { index: Number(m[1]), count: Number(m[2]) };
}
