// How gkml speaks two languages: every message is a template in Chinese and English side by side,
// kept in a table with an id (the catalogue, src/i18n/catalogue/, and each rule's meta.messages,
// as ESLint does), and filled by one function. No code outside the tables chooses words by language.
//
// A template names its values in braces: `事项“{id}”：{text}`. A value may be a number, a string,
// a list of strings or of filled messages (joined with 、 in Chinese and ", " in English) or another
// message already filled (its own language is used). `{n|file|files}` prints the first word when n
// is 1, else the second; `{x||}` prints nothing, for a value one language shows and the other leaves
// out (both still name the same values). Braces around a placeholder stay as written (`{其他: {channel}}`);
// other literal braces come in as values.
import { type Lang, type Text } from './text.js';

export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** A value of a placeholder. */
export type Param = string | number | Text | readonly (string | Text)[];

/** What follows the last `{` of a brace's content: the name in `{其他: {channel}}` is `channel`. */
type Innermost<P extends string> = P extends `${string}{${infer Inner}` ? Innermost<Inner> : P;

/** The placeholder names of a template: `a {x} b {n|w|ws}` → 'x' | 'n'. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (Innermost<P> extends `${infer Name}|${string}` ? Name : Innermost<P>) | Placeholders<Rest>
  : never;

/** The values a message needs, named as its templates name them. */
export type Params<M extends Message> = { readonly [K in Placeholders<M['zh']> | Placeholders<M['en']>]: Param };

/** A message's values: required when its templates name any (a message only known as `Message` takes them untyped). */
type ParamsArg<M extends Message> = [Placeholders<M['zh'] | M['en']>] extends [never]
  ? [params?: Readonly<Record<string, Param>>]
  : [params: Params<M>];

/** A table of messages; `const` keeps each template's literal text, so its placeholders are checked where it is used. */
export function defineMessages<const T extends Record<string, Message>>(table: T): T {
  return table;
}

const PLACEHOLDER = /\{([^{}|]+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

function show(value: Param, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return (value as readonly (string | Text)[]).map((v) => (typeof v === 'string' ? v : v[lang])).join(lang === 'zh' ? '、' : ', ');
  return (value as Text)[lang];
}

function fill(template: string, params: Readonly<Record<string, Param>>, lang: Lang): string {
  return template.replace(PLACEHOLDER, (_whole, name: string, one?: string, many?: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message parameter {${name}} missing in: ${template}`);
    if (one !== undefined) return value === 1 ? one : many!;
    return show(value, lang);
  });
}

/** A message in both languages, its placeholders filled: what findings and errors carry. */
export function msg<M extends Message>(message: M, ...params: ParamsArg<M>): Text {
  const values = (params[0] ?? {}) as Readonly<Record<string, Param>>;
  return { zh: fill(message.zh, values, 'zh'), en: fill(message.en, values, 'en') };
}

/** A message in one language, its placeholders filled: what the CLI prints. */
export function say<M extends Message>(lang: Lang, message: M, ...params: ParamsArg<M>): string {
  return fill(message[lang], (params[0] ?? {}) as Readonly<Record<string, Param>>, lang);
}

/** The empty message: a part of a sentence that is absent. */
export const NOTHING: Text = { zh: '', en: '' };
