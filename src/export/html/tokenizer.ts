// The search tokenizer, loaded from the very file the browser runs (templates/assets/tokenize.js),
// so the index the build writes and the queries the page makes are split the same way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

/** The built-in templates folder (the same relative place under src/ and dist/). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** Relative to the templates folder; a workspace may not override it (the index depends on it). */
export const TOKENIZER_ASSET = 'assets/tokenize.js';

export type Tokenize = (text: string) => string[];

function loadTokenizer(): Tokenize {
  const path = fileURLToPath(new URL(`../../../templates/${TOKENIZER_ASSET}`, import.meta.url));
  const sandbox: { gkmlTokenize?: Tokenize } = {};
  // The file is a classic browser script that sets `this.gkmlTokenize`; run it in its own context.
  runInNewContext(readFileSync(path, 'utf8'), sandbox, { filename: path });
  const tokenize = sandbox.gkmlTokenize!;
  // Copy out of the sandbox realm so callers get ordinary arrays.
  return (text) => [...tokenize(text)];
}

export const tokenize: Tokenize = loadTokenizer();
