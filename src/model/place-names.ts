// A place name at the start of a text (铁力市, 某县, 高新区(掇刀区)): one pattern for the channel
// rule's 铁力市政府网站 and for a submitted table's title (某县就业领域基层政务公开标准目录 → 某县).

/** The place a text starts with, up to its first 省/市/县/区/旗/镇/乡 (and a bracketed other name). */
export const PLACE_NAME = /^\p{Script=Han}*?(?:省|市|县|区|旗|镇|乡)(?:\([^()]+\))?/u;
