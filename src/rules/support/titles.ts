// The titles of documents gkml knows: every 《title》 the national guidelines cites or lists (directories/*.yaml)
// and every one data/stale-citations.yaml and data/basis-titles.yaml list, in their compared form
// (citation.ts normaliseTitle). basis-format asks it whether a text without 《》 names a document.
import { readFileSync } from 'node:fs';
import { generatedFile } from '../../core/generated.js';
import { loadGuidelines } from '../../guideline/guideline.js';
import { normaliseTitle, titlesIn } from './citation.js';
import { loadData } from './data.js';

/** The known titles, normalised and sorted (what `npm run build` writes into dist/generated/). */
export function collectNationalTitles(): string[] {
  const found = new Set<string>();
  const add = (text: string) => titlesIn(text).forEach((t) => found.add(normaliseTitle(t.title)));
  for (const { data } of loadGuidelines().values()) {
    for (const item of data.items) {
      for (const c of item.basis ?? []) add(typeof c === 'string' ? c : c.title);
      // 政策法规文件 items list their documents as 公开内容.
      for (const c of [item.content ?? []].flat()) if (typeof c === 'string') add(c);
    }
  }
  for (const e of loadData<{ entries: { title: string; replacement: string }[] }>('stale-citations.yaml').entries)
    add(`${e.title}${e.replacement}`);
  for (const c of loadData<{ corrections: { official: string; wrong?: string[] }[] }>('basis-titles.yaml').corrections)
    add([c.official, ...(c.wrong ?? [])].join(''));
  return [...found].sort();
}

/** collectNationalTitles() as `npm run build` writes it, so a lint need not parse the guidelines. */
export const NATIONAL_TITLES_FILE = 'national-titles.json';

let titles: Set<string> | undefined;

/** True when a title (with or without 《》 and 中华人民共和国) is one gkml knows. */
export function isKnownTitle(title: string): boolean {
  titles ??= new Set(JSON.parse(readFileSync(generatedFile(NATIONAL_TITLES_FILE), 'utf8')) as string[]);
  return titles.has(normaliseTitle(title));
}
