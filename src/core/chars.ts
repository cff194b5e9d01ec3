// Character classes shared by normalisation, search tokens and detection. Code-unit based
// (UTF-16), no tables: cheap enough for the content script's first look at a page.

/** Han ideographs (BMP blocks) and surrogate halves (astral Han is the common case there). */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0x3007 // 〇 as in 二〇二一年
  )
}

/** CJK punctuation, full-width forms and typographic quotes/dashes used in Chinese text. */
export function isCjkPunct(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x00b7 ||
    c === 0x2022
  )
}

/** Whether a neighbouring whitespace run is noise (Chinese text has no spaces). */
export function isCjk(c: number): boolean {
  return isHan(c) || isCjkPunct(c)
}

export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  )
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** Letters and digits (ASCII or Han): what search bigrams and phrase boundaries are made of. */
export function isWordChar(c: number): boolean {
  return (
    isHan(c) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af)
  )
}
