// A streaming reader of the XML parts of a workbook: text arrives in chunks (a part is inflated
// 64 KB at a time) and comes out as open/close/text events, so a 100 MB sheet is never one string
// and nothing recurses over its depth. Only what OOXML parts use is read: elements, attributes,
// text, the five named entities and numeric ones, CDATA; comments and declarations are skipped.

export interface XmlEvents {
  /** `name` without its namespace prefix; `attrs` the raw attribute text (read with attr()). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Entity-decoded text; one text node may come in several pieces. */
  text(text: string): void;
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A tag, comment or text run longer than this without its end is not a workbook's. */
const MAX_PENDING = 4 * 1024 * 1024;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTRS = new Map<string, RegExp>();

/** The value of attribute `name` (any namespace prefix), entity-decoded; undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2]!) : undefined;
}

export class XmlScanner {
  private pending = '';
  constructor(
    private readonly on: XmlEvents,
    /** Called with what is wrong when the text is not well-formed enough to read. */
    private readonly broken: (why: string) => never,
  ) {}

  /** Feeds the next piece of text; `final` after the last one. */
  push(chunk: string, final: boolean): void {
    const s = this.pending + chunk;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos) this.on.text(decodeEntities(s.slice(pos, lt)));
      pos = lt;
      const end = this.markup(s, lt);
      if (end < 0) break;
      pos = end;
    }
    this.pending = s.slice(pos);
    if (this.pending.length > MAX_PENDING) this.broken('unterminated markup');
    if (final) {
      if (this.pending.includes('<')) this.broken('unterminated markup');
      if (this.pending) this.on.text(decodeEntities(this.pending));
      this.pending = '';
    }
  }

  /** Reads the markup at `lt`; returns where it ends, or -1 when the rest has not arrived yet. */
  private markup(s: string, lt: number): number {
    const next = s[lt + 1];
    if (next === undefined) return -1;
    if (next === '?') return after(s, lt, '?>');
    if (next === '!') {
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt);
        if (end < 0) return -1;
        this.on.text(s.slice(lt + 9, end));
        return end + 3;
      }
      if (s.startsWith('<!--', lt)) return after(s, lt, '-->');
      if (s.length - lt < 9) return -1;
      return after(s, lt, '>');
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(s);
    if (!m) {
      // No match with a '>' ahead and no quote open: the tag itself is malformed.
      const gt = s.indexOf('>', lt);
      if (gt >= 0 && !/["']/.test(s.slice(lt, gt))) this.broken('malformed tag');
      return -1;
    }
    const [, slash, name, attrs, self] = m;
    if (slash) this.on.close(name!);
    else this.on.open(name!, attrs!, self === '/');
    return TAG.lastIndex;
  }
}

function after(s: string, from: number, end: string): number {
  const i = s.indexOf(end, from);
  return i < 0 ? -1 : i + end.length;
}

/** Scans a whole part given as bytes, in steps, so that a large part is never decoded at once. */
export function scanBytes(bytes: Uint8Array, on: XmlEvents, broken: (why: string) => never): void {
  const scanner = new XmlScanner(on, broken);
  const decoder = new TextDecoder();
  const step = 256 * 1024;
  for (let i = 0; i < bytes.length; i += step) scanner.push(decoder.decode(bytes.subarray(i, i + step), { stream: true }), false);
  scanner.push(decoder.decode(), true);
}
