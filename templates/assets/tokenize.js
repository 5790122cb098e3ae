/*
 * gkml search tokenizer: the ONE tokenizer of the site search. The build evaluates this same file
 * to index the items, and search.html loads it to split the query, so both sides always agree.
 *
 * Chinese has no spaces between words, so a whitespace tokenizer finds nothing. Each run of Han
 * characters gives its characters (unigrams) and every pair of neighbours (overlapping bigrams):
 * 最低生活保障 → 最 低 生 活 保 障, 最低 低生 生活 活保 保障. A query matches an item when the item
 * has all the query's tokens, which for Chinese means it contains each pair of the query; the
 * unigrams let a one-character query (户) match. Runs of Latin letters and runs of digits form
 * words, compared after NFKC (full-width Ａ１ → a 1) and lower-casing. Everything else separates tokens.
 *
 * A classic script (no import/export), so it runs in every browser and from file://.
 * Do not override this file in a workspace: the index is built with it.
 */
(function (root) {
  'use strict';

  function isHan(cp) {
    return (
      (cp >= 0x3400 && cp <= 0x4dbf) || // CJK Extension A
      (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
      (cp >= 0xf900 && cp <= 0xfaff) || // CJK Compatibility Ideographs
      (cp >= 0x20000 && cp <= 0x323af) // Extensions B–H
    );
  }

  function isDigit(ch) {
    return ch >= '0' && ch <= '9';
  }

  function isWordChar(ch) {
    // ASCII letters and digits, and letters of cased scripts (é, ß, Cyrillic, Greek).
    return isDigit(ch) || (ch >= 'a' && ch <= 'z') || ch !== ch.toUpperCase();
  }

  function tokenize(text) {
    var tokens = [];
    var han = [];
    var word = '';
    var flushHan = function () {
      for (var i = 0; i < han.length; i++) {
        tokens.push(han[i]);
        if (i + 1 < han.length) tokens.push(han[i] + han[i + 1]);
      }
      han = [];
    };
    var flushWord = function () {
      if (word) tokens.push(word);
      word = '';
    };
    var chars = Array.from(String(text).normalize('NFKC').toLowerCase());
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i];
      if (isHan(ch.codePointAt(0))) {
        flushWord();
        han.push(ch);
      } else if (isWordChar(ch)) {
        flushHan();
        // Letters and digits are separate words (GB/T37668 → gb, t, 37668), so a number is found on its own.
        if (word && isDigit(ch) !== isDigit(word.charAt(word.length - 1))) flushWord();
        word += ch;
      } else {
        flushHan();
        flushWord();
      }
    }
    flushHan();
    flushWord();
    return tokens;
  }

  root.gkmlTokenize = tokenize;
})(this);
