// The search tokenizer, loaded from the very file the browser runs (templates/assets/tokenize.js),
// so the index the build writes and the queries the page makes are split the same way.
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/package.js';

/** The built-in templates folder. */
export const BUILTIN_TEMPLATES = packagePath('templates/');

/** Relative to the templates folder; a workspace may not override it (the index depends on it). */
export const TOKENIZER_ASSET = 'assets/tokenize.js';

export type Tokenize = (text: string) => string[];

function loadTokenizer(): Tokenize {
  const path = BUILTIN_TEMPLATES + TOKENIZER_ASSET;
  const holder: { gkmlTokenize?: Tokenize } = {};
  // The file is a classic browser script that sets `this.gkmlTokenize`: run as a function body with
  // `this` bound to a holder, in this realm (a vm context would make every call cross realms and
  // hand back foreign arrays to copy). It is our own shipped file, never a workspace's.
  new Function(readFileSync(path, 'utf8') + `\n//# sourceURL=${path}`).call(holder);
  return holder.gkmlTokenize!;
}

export const tokenize: Tokenize = loadTokenizer();
