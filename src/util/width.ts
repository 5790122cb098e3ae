// Display width of text in a terminal or a fixed-width table: CJK characters take two columns.
// get-east-asian-width is the lookup string-width itself uses, without its emoji machinery, which
// would cost a lint a noticeable share of its start-up.
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * `ambiguousAsWide` counts characters such as ■ □ √ ① as two columns, as CJK fonts draw them (the
 * Excel export sizes columns for 仿宋/宋体); terminals draw them narrow.
 */
export function displayWidth(text: string, options: { ambiguousAsWide?: boolean } = {}): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Control characters and combining marks take no column.
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    width += code < 0x7f ? 1 : eastAsianWidth(code, options);
  }
  return width;
}
