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
