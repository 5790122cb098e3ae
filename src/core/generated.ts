// Files `npm run build` generates from the sources (scripts/generate.mjs) into dist/generated/:
// the precompiled schema validators and the national role names. The running code reads them from
// there whether it runs from dist/ or, under test, from src/. A missing file is a broken install, said loudly, never worked around.
import { existsSync } from 'node:fs';
import { GkmlError } from './errors.js';
import { packagePath } from './package.js';

export const GENERATED_DIR = packagePath('dist/generated/');

/** The absolute path of a generated file; refuses to go on when it is missing. */
export function generatedFile(name: string): string {
  const path = GENERATED_DIR + name;
  if (!existsSync(path)) {
    throw new GkmlError({
      zh: `gkml 安装不完整：缺少生成文件 dist/generated/${name}（在 gkml 的源代码目录中运行 npm run build）`,
      en: `gkml is not fully built: the generated file dist/generated/${name} is missing (run npm run build in gkml's source folder)`,
    });
  }
  return path;
}
