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
  ['叶伦', '耶伦'],
  ['布希', '布什'],
  ['施凯尔', '斯塔默'],
  ['卡麦隆', '卡梅伦'],
  ['裴洛西', '佩洛西'],
  ['普拉伯沃', '普拉博沃'],
  ['马可仕', '马科斯'],
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

/** Output buffers shared by `normalize` and the body builder (capacity: see `capacityFor`). */
export interface FoldBuffers {
  out: Uint16Array
  map: Int32Array
}

/** Name expansions grow text by at most half (川普→特朗普), plus room for separators. */
export function capacityFor(sourceLength: number): number {
  return Math.ceil(sourceLength * 1.5) + 16
}

/**
 * Fold src[start, end) into `buf` from index n0; returns the new length. Context (whitespace
 * and ASCII punctuation rules) never looks before n0, so ranges fold independently.
 */
export function foldRangeInto(
  src: string,
  start: number,
  end: number,
  buf: FoldBuffers,
  n0: number,
): number {
  const { out, map } = buf
  const table = t2s()
  let n = n0
  let i = start
  while (i < end) {
    let c = src.charCodeAt(i)
    if (isSpace(c)) {
      let j = i + 1
      while (j < end && isSpace(src.charCodeAt(j))) j++
      const prev = n > n0 ? out[n - 1]! : -1
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
    } else if (c < 0x80) {
      const cjk = ASCII_TO_CJK_PUNCT[c]
      if (cjk !== undefined) {
        const prev = n > n0 ? out[n - 1]! : -1
        let j = i + 1
        while (j < end && isSpace(src.charCodeAt(j))) j++
        const next = j < end ? src.charCodeAt(j) : -1
        if ((prev >= 0 && (isHan(prev) || isCjkPunct(prev))) || (next >= 0 && isHan(next))) {
          c = cjk
        }
      }
    } else {
      const s = table[c]
      if (s) c = s
    }
    out[n] = c
    map[n++] = i
    i++
  }
  return foldNamesInPlace(buf, n0, n)
}

export function normalize(src: string, start = 0, end = src.length): Normalized {
  start = Math.max(0, Math.min(start, src.length))
  end = Math.max(start, Math.min(end, src.length))
  const cap = capacityFor(end - start)
  const buf = { out: new Uint16Array(cap), map: new Int32Array(cap + 1) }
  const n = foldRangeInto(src, start, end, buf, 0)
  const map = buf.map.slice(0, n + 1)
  map[n] = end
  return { text: decode(buf.out, 0, n), map }
}

/** UTF-16 codes → string, in chunks (argument lists have limits). */
export function decode(codes: Uint16Array, from: number, to: number): string {
  // apply() takes the typed array as is; spreading it would go through the iterator (slow).
  const parts: string[] = []
  for (let i = from; i < to; i += 4096) {
    parts.push(
      String.fromCharCode.apply(
        null,
        codes.subarray(i, Math.min(to, i + 4096)) as unknown as number[],
      ),
    )
  }
  return parts.join('')
}

/** Code units that can start a regional name variant: a flag table for a fast pre-scan. */
const NAME_FIRST = new Uint8Array(65536)
for (const first of byFirstChar.keys()) NAME_FIRST[first.charCodeAt(0)] = 1

/** Fold regional names in out[n0, n); linear (the region is rebuilt once when needed). */
function foldNamesInPlace(buf: FoldBuffers, n0: number, n: number): number {
  const { out, map } = buf
  let i = n0
  while (i < n && !NAME_FIRST[out[i]!]) i++
  if (i >= n) return n
  const text = decode(out, n0, n)
  const codes: number[] = []
  const srcIdx: number[] = []
  let last = 0
  for (let k = i - n0; k < text.length; k++) {
    if (!NAME_FIRST[text.charCodeAt(k)]) continue
    const candidates = byFirstChar.get(text[k]!)!
    for (const [from, to] of candidates) {
      if (!text.startsWith(from, k) || nameGuardFails(text, k, from)) continue
      for (let q = last; q < k; q++) {
        codes.push(text.charCodeAt(q))
        srcIdx.push(map[n0 + q]!)
      }
      for (let q = 0; q < to.length; q++) {
        codes.push(to.charCodeAt(q))
        srcIdx.push(map[n0 + k + Math.min(q, from.length - 1)]!)
      }
      last = k + from.length
      k = last - 1
      break
    }
  }
  if (codes.length === 0) return n
  for (let q = last; q < text.length; q++) {
    codes.push(text.charCodeAt(q))
    srcIdx.push(map[n0 + q]!)
  }
  out.set(codes, n0)
  map.set(srcIdx, n0)
  return n0 + codes.length
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
  return decode(out, 0, n)
}
