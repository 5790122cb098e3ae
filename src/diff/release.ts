// What a changelog (更新记录, `gkml build --previous`) needs of the two publications it compares:
// each its own version and date in gkml.config.yaml. The same version or date on both means the
// config was not updated, and the changes page would date the new items to the old publication.
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import type { Compendium } from '../model/compendium.js';

type Release = Pick<Compendium, 'version' | 'date'>;

/** The warning to give when the current publication has the previous one's version or date (`label`: the previous as given). */
export function unchangedRelease(previous: Release, current: Release, label: string): Text | undefined {
  const fields = [
    ...(previous.version === current.version ? [msg(BUILD.releaseVersion, { value: current.version })] : []),
    ...(previous.date === current.date ? [msg(BUILD.releaseDate, { value: current.date })] : []),
  ];
  return fields.length ? msg(BUILD.sameRelease, { fields, previous: label, count: fields.length }) : undefined;
}
