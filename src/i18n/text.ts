// Every user-facing message exists in Chinese (default) and English (`--lang en`).

export type Lang = 'zh' | 'en';

export interface Text {
  zh: string;
  en: string;
}

/** A JSON Schema node's title in both languages, as the schemas give it: `title` in Chinese, `x-title-en` in English (else the Chinese). */
export function schemaTitle(node: { title?: string; 'x-title-en'?: string } | undefined): Text | undefined {
  return node?.title ? { zh: node.title, en: node['x-title-en'] ?? node.title } : undefined;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v === 'cn') return 'zh';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return undefined;
}
