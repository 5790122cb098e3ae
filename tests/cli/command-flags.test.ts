// The seam between the command table and its handlers: each handler's flags are derived from the
// options the table declares (src/cli/command-options.ts). The type checks run in `npm test`'s
// pretest (tsc -p tests), so a flag a handler reads but no option declares fails the tests; the
// runtime checks hold the table and commander to the same names.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { OPTIONS, type CommandFlags } from '../../src/cli/command-options.js';
import { COMMANDS } from '../../src/cli/command-table.js';
import { formatNames } from '../../src/report/index.js';

describe('command flags typed from the command table', () => {
  it('gives each option its type: lists, defaults, choices, switches', () => {
    expectTypeOf<CommandFlags<'lint'>['format']>().toEqualTypeOf<string[]>();
    expectTypeOf<CommandFlags<'lint'>['output']>().toEqualTypeOf<string[]>();
    expectTypeOf<CommandFlags<'lint'>['maxWarnings']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CommandFlags<'lint'>['cacheStrategy']>().toEqualTypeOf<'metadata' | 'content' | undefined>();
    expectTypeOf<CommandFlags<'lint'>['fixDryRun']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<CommandFlags<'init'>['domains']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<CommandFlags<'init'>['level']>().toEqualTypeOf<'county' | 'township' | undefined>();
    expectTypeOf<CommandFlags<'status'>['format']>().toEqualTypeOf<string>();
    // @ts-expect-error: no option of `gkml build` declares --nope, so its handler cannot read it.
    expectTypeOf<CommandFlags<'build'>['nope']>().toBeNever();
  });

  it('declares the options of every command of the table, and only those', () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(Object.keys(OPTIONS).sort());
    for (const c of COMMANDS) expect(c.options, c.name).toBe(OPTIONS[c.name as keyof typeof OPTIONS]);
  });

  it('offers as -f choices exactly the formats of the registry, `gkml rules` included', () => {
    for (const c of COMMANDS) {
      const format = c.options.find((o) => o.isFormat);
      const report = c.name as Parameters<typeof formatNames>[0];
      if (format) expect(format.choices, c.name).toEqual(formatNames(report));
    }
  });
});
