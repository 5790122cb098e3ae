// The fast path of lint, which must read faster than the `yaml` package's own parse. js-yaml reads plain
// data an order of magnitude faster than building yaml's positioned Document; the Document is then
// built only for files that have findings (see parseSource). Anything unusual takes the careful path.
import jsYaml from 'js-yaml';

/**
 * Constructs whose reading needs yaml's guards or could differ between the two parsers: anchors
 * and aliases (alias bombs), tags, merge keys, document markers. Their presence sends the file
 * down the careful path; a false alarm only costs speed.
 */
const NEEDS_CAREFUL_PARSE = /(?:^|[\s[{,])[&*!]\S|^\s*(?:-\s+)?<<\s*:|^(?:---|\.\.\.)(?:\s|$)|^%/m;

export function fastParse(text: string): { data: unknown } | undefined {
  if (text.trim() === '' || NEEDS_CAREFUL_PARSE.test(text)) return undefined;
  try {
    // CORE_SCHEMA = YAML 1.2 core, as the yaml package reads it (no timestamps, no yes/no booleans).
    // json: false makes duplicate keys an error, which sends the file to the careful path.
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
    return data === undefined ? undefined : { data };
  } catch {
    return undefined;
  }
}
