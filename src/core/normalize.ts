// Normalisation for matching, with an offset map back into the source text.
//
// Canonical form (what every matcher in core sees):
// - simplified script (single-character map generated from OpenCC data: scripts/gen-t2s.mjs);
// - regional spellings of leaders' names folded (普丁→普京, 川普→特朗普, 馬克宏→马克龙 …);
// - full-width ASCII letters/digits → half-width; Chinese punctuation stays full-width, and the
//   ASCII forms , : ; ! ? ( ) next to Chinese text become ，：；！？（）;
// - whitespace next to Chinese text removed (`8 月 25 日`, `3\n月\n20\n日`), other runs → one space.
//
// `map[i]` is the source index of normalised char i; every output char comes from one source
// code unit (name expansions such as 川普→特朗普 repeat the last source index), so the exact
// source range of output [i, j) is [map[i], map[j - 1] + 1) — see `toSource`.
import t2sData from './data/t2s.json'
import { isCjk, isCjkPunct, isHan, isSpace } from './chars'

export interface Normalized {
  text: string
  map: Int32Array
}

let t2sTable: Uint16Array | null = null

/** code unit → simplified code unit (0 = unchanged). Built once from the generated data. */
function t2s(): Uint16Array {
  if (t2sTable) return t2sTable
  const table = new Uint16Array(65536)
  const { from, to } = t2sData as { from: string; to: string }
  for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to.charCodeAt(i)
  t2sTable = table
  return table
}

/** Regional/older spellings of names (keys already simplified) → mainland canonical form. */
const NAME_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['普丁', '普京'],
  ['蒲亭', '普京'],
  ['普亭', '普京'],
  ['川普', '特朗普'],
  ['马克宏', '马克龙'],
  ['梅克尔', '默克尔'],
  ['萧兹', '朔尔茨'],
  ['萧尔茨', '朔尔茨'],
  ['肖尔茨', '朔尔茨'],
  ['泽伦斯基', '泽连斯基'],
  ['古特瑞斯', '古特雷斯'],
  ['欧巴马', '奥巴马'],
  ['柯林顿', '克林顿'],
  ['贺锦丽', '哈里斯'],
  ['杜特蒂', '杜特尔特'],
  ['纳坦雅胡', '内塔尼亚胡'],
  ['艾尔多安', '埃尔多安'],
  ['苏利文', '沙利文'],
]

/** 川普 inside 四川普通话 is not a name. */
function nameGuardFails(text: string, at: number, from: string): boolean {
  if (from !== '川普') return false
  const before = text.charCodeAt(at - 1)
  const after = text[at + 2]
  return before === 0x56db /* 四 */ || after === '遍' || after === '及' || after === '查'
}

const byFirstChar = new Map<string, Array<readonly [string, string]>>()
for (const pair of NAME_VARIANTS) {
  const list = byFirstChar.get(pair[0][0]!) ?? []
  list.push(pair)
  byFirstChar.set(pair[0][0]!, list)
}

/** Chinese punctuation forms the ASCII ones fold to, when they sit in Chinese text. */
const ASCII_TO_CJK_PUNCT: Record<number, number> = {
  0x2c: 0xff0c, // ,
  0x3a: 0xff1a, // :
  0x3b: 0xff1b, // ;
  0x21: 0xff01, // !
  0x3f: 0xff1f, // ?
  0x28: 0xff08, // (
  0x29: 0xff09, // )
}

/** Full-width punctuation kept as is (the canonical Chinese forms). */
function keepFullWidth(c: number): boolean {
  return (
    c === 0xff0c ||
    c === 0xff1a ||
    c === 0xff1b ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff08 ||
    c === 0xff09
  )
}

/** Fold one code unit (no context): script and width. */
export function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return keepFullWidth(c) ? c : c - 0xfee0
  const s = t2s()[c]
  return s ? s : c
}

export function normalize(src: string, start = 0, end = src.length): Normalized {
  start = Math.max(0, Math.min(start, src.length))
  end = Math.max(start, Math.min(end, src.length))
  const out = new Uint16Array(end - start + 8)
  const map = new Int32Array(end - start + 9)
  let n = 0
  const table = t2s()
  let i = start
  while (i < end) {
    let c = src.charCodeAt(i)
    if (isSpace(c)) {
      let j = i + 1
      while (j < end && isSpace(src.charCodeAt(j))) j++
      const prev = n > 0 ? out[n - 1]! : -1
      const next = j < end ? src.charCodeAt(j) : -1
      const zeroWidthOnly = j === i + 1 && (c === 0x200b || c === 0xfeff)
      if (prev >= 0 && next >= 0 && !zeroWidthOnly && !isCjk(prev) && !isCjk(next)) {
        out[n] = 0x20
        map[n++] = i
      }
      i = j
      continue
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      if (!keepFullWidth(c)) c -= 0xfee0
    } else if (ASCII_TO_CJK_PUNCT[c] !== undefined) {
      const prev = n > 0 ? out[n - 1]! : -1
      let j = i + 1
      while (j < end && isSpace(src.charCodeAt(j))) j++
      const next = j < end ? src.charCodeAt(j) : -1
      if (
        (prev >= 0 && isHan(prev)) ||
        (next >= 0 && isHan(next)) ||
        (prev >= 0 && isCjkPunct(prev))
      ) {
        c = ASCII_TO_CJK_PUNCT[c]!
      }
    } else {
      const s = table[c]
      if (s) c = s
    }
    out[n] = c
    map[n++] = i
    i++
  }
  let text = decode(out, n)
  let finalMap: Int32Array = map
  if (mayHaveNameVariant(text)) ({ text, map: finalMap } = foldNames(text, map, n))
  const len = text.length
  const result = finalMap.length === len + 1 ? finalMap : finalMap.slice(0, len + 1)
  result[len] = end
  return { text, map: result }
}

function decode(codes: Uint16Array, n: number): string {
  let s = ''
  for (let i = 0; i < n; i += 8192)
    s += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)))
  return s
}

function mayHaveNameVariant(text: string): boolean {
  for (const first of byFirstChar.keys()) if (text.includes(first)) return true
  return false
}

function foldNames(text: string, map: Int32Array, n: number): Normalized {
  const parts: string[] = []
  const outMap: number[] = []
  let last = 0
  for (let i = 0; i < n; i++) {
    const candidates = byFirstChar.get(text[i]!)
    if (!candidates) continue
    for (const [from, to] of candidates) {
      if (!text.startsWith(from, i) || nameGuardFails(text, i, from)) continue
      parts.push(text.slice(last, i))
      for (let k = last; k < i; k++) outMap.push(map[k]!)
      parts.push(to)
      for (let k = 0; k < to.length; k++) outMap.push(map[i + Math.min(k, from.length - 1)]!)
      last = i + from.length
      i = last - 1
      break
    }
  }
  if (last === 0) return { text, map }
  parts.push(text.slice(last, n))
  for (let k = last; k < n; k++) outMap.push(map[k]!)
  const m = new Int32Array(outMap.length + 1)
  m.set(outMap)
  return { text: parts.join(''), map: m }
}

/** Exact source range of normalised [i, j). */
export function toSource(n: Normalized, i: number, j: number): { start: number; end: number } {
  if (j <= i) {
    const at = n.map[i] ?? n.map[n.text.length]!
    return { start: at, end: at }
  }
  return { start: n.map[i]!, end: n.map[j - 1]! + 1 }
}

/**
 * Char-level fold for the search index and queries: simplified, half-width (all full-width
 * ASCII forms, including ，：), lower-case, whitespace removed. No name folding, no context:
 * the same function folds documents and queries.
 */
export function foldForSearch(s: string): string {
  const table = t2s()
  const out = new Uint16Array(s.length)
  let n = 0
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (isSpace(c)) continue
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0
    else if (table[c]) c = table[c]!
    if (c >= 0x41 && c <= 0x5a) c += 0x20
    out[n++] = c
  }
  return decode(out, n)
}
