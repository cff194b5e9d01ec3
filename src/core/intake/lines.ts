// Splits a source into lines that remember where they are, trimmed of the blanks scrapers leave
// around them (ASCII spaces, tabs, NBSP, the ideographic space U+3000 and a stray BOM).

export interface Line {
  /** Trimmed text: `src.slice(start, end)`. Empty for blank lines. */
  text: string
  start: number
  end: number
}

const BLANK = /[\s\u00a0\u3000\ufeff\u200b]/

export function isBlankChar(ch: string): boolean {
  return BLANK.test(ch)
}

/** Lines of `src` between `from` and `to`; `\r\n`, `\r` and `\n` all end a line. */
export function splitLines(src: string, from = 0, to = src.length): Line[] {
  const lines: Line[] = []
  let lineStart = from
  for (let i = from; i <= to; i++) {
    const ch = i < to ? src[i] : '\n'
    if (ch !== '\n' && ch !== '\r') continue
    lines.push(trimmed(src, lineStart, i))
    if (ch === '\r' && i + 1 < to && src[i + 1] === '\n') i++
    lineStart = i + 1
  }
  return lines
}

export function trimmed(src: string, start: number, end: number): Line {
  let s = start
  let e = end
  while (s < e && isBlankChar(src[s]!)) s++
  while (e > s && isBlankChar(src[e - 1]!)) e--
  return { text: src.slice(s, e), start: s, end: e }
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g

export function hanCount(s: string): number {
  return s.match(HAN)?.length ?? 0
}
