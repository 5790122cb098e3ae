// What a build says on stderr while it runs, never on stdout: on a terminal one line rewritten in
// place (`[3/10] 乙县 …`); off a terminal, for CI logs, one plain line per region written
// (`[3/10] 乙县 ✓ 1,000 个事项`); with --quiet nothing.
import type { RegionProgress } from '../publish/build.js';
import { CLI } from '../i18n/catalogue/cli.js';
import { say } from '../i18n/messages.js';
import type { CliContext } from './io.js';

export interface BuildReporter {
  progress?: (what: string) => void;
  onRegion?: (event: RegionProgress) => void;
  /** Clears the line a terminal shows, before the summary or an error is printed. */
  end(): void;
}

/** Item counts as people read them: 1,000. */
const grouped = new Intl.NumberFormat('en-US');

function regionLine(ctx: CliContext, e: RegionProgress): string {
  const where = { index: e.index, total: e.total, name: e.name };
  if (e.itemCount === undefined) return say(ctx.lang, CLI.regionStarted, where);
  return say(ctx.lang, CLI.regionBuilt, { ...where, items: grouped.format(e.itemCount), n: e.itemCount });
}

export function buildReporter(ctx: CliContext, quiet: boolean | undefined): BuildReporter {
  if (quiet) return { end() {} };
  if (!ctx.stderrIsTTY) {
    return {
      onRegion: (e) => {
        if (e.itemCount !== undefined) ctx.stderr(`${regionLine(ctx, e)}\n`);
      },
      end() {},
    };
  }
  let shown = false;
  // Carriage return, then erase to the end of the line: the next state replaces the last.
  const show = (text: string) => {
    ctx.stderr(`\r\x1b[K${text}`);
    shown = true;
  };
  return {
    progress: (what) => show(say(ctx.lang, CLI.building, { what })),
    onRegion: (e) => show(regionLine(ctx, e)),
    end: () => {
      if (shown) ctx.stderr('\r\x1b[K');
      shown = false;
    },
  };
}
