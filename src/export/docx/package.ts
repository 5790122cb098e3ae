// A document packed as .docx bytes, the same for the same compendium: docx stamps its core
// properties and every zip entry with the clock, so the properties are written here with the
// build's one date, and the entries' times are set to it in place. The font table names each
// Chinese face's common other name, so Word and WPS find 仿宋 where 仿宋_GB2312 is not installed.
import { Packer, type Document } from 'docx';
import { restampZip } from '../../util/zip.js';

const xml = (text: string) => text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function coreProperties(title: string, author: string, timestamp: Date): string {
  const when = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(title)}</dc:title><dc:creator>${xml(author)}</dc:creator><cp:lastModifiedBy>${xml(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Each face with the name Windows and WPS also know it by, its panose and the GB2312 character set (86). */
const FONT_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  [
    ['Times New Roman', '', '02020603050405020304', '00', 'roman'],
    ['宋体', 'SimSun', '02010600030101010101', '86', 'auto'],
    ['黑体', 'SimHei', '02010609060101010101', '86', 'modern'],
    ['仿宋_GB2312', '仿宋', '02010609030101010101', '86', 'modern'],
    ['方正小标宋简体', '宋体', '02010600030101010101', '86', 'auto'],
  ]
    .map(
      ([name, alt, panose, charset, family]) =>
        `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('') +
  '</w:fonts>';

export async function packDocument(doc: Document, properties: { title: string; author: string; timestamp: Date }): Promise<Uint8Array> {
  const bytes = await Packer.toBuffer(doc, false, [
    { path: 'docProps/core.xml', data: coreProperties(properties.title, properties.author, properties.timestamp) },
    { path: 'word/fontTable.xml', data: FONT_TABLE },
  ]);
  return restampZip(bytes, properties.timestamp);
}
