// Candidate formulations of a readout, before anything is compared with the index. Each comes
// from one named shape (Rule) and carries the signs its shape gives:
//
// - quoted / titled: the inside of “…” 「…」 / 《…》;
// - headed: a noun phrase ending on a formulation head (rules.ts HEADS), reaching left to the
//   nearest boundary: punctuation, a boundary word (推动, 的 …) within MAX_MODIFIER characters
//   (else from a head inside the modifier, or no candidate). A one-character function word
//   only ends the phrase where the index sees that pair of characters less often than the
//   next pair (和|全球 cuts, 和平 does not): word boundaries learnt from the bigram document
//   frequencies of the index itself. A pair of sides (中柬, 越中: see pairSide) begins one;
// - classical: four characters, 之 and a core head (百年未有之大变局): the classical
//   attributive 之, which the boundary words would cut, in the fixed shape of a set phrase;
// - newType: 新型 + a noun + 关系 (新型国际关系, 新型大国关系): a relationship of a new type is a
//   designation, though 关系 alone ends too many ordinary phrases (两国关系) to be a head;
// - qualified: a headed phrase after a series of attributes and 的 (均衡、有效、可持续的 +
//   欧洲安全框架; 共同、综合、合作、可持续的 + 安全观): the whole is the formulation;
// - series: A、B、C with items of one length (a new triad of 4-character slogans; the last item
//   may run on only when every item ends on one head: 全球文明倡议 | 具有), and the
//   antitheses 不X不Y / X而不Y (sign `shape`: the parallel wording itself).
import { isWordChar } from '../chars'
import type { Probe } from './history'
import {
  BINDING_FUNCTION_WORDS,
  BOUNDARY_WORDS,
  GENERIC_LEADS,
  HEADS,
  MAX_LENGTH,
  MAX_MODIFIER,
  MIN_LENGTH,
  AFTER_HEAD_WORDS,
  CLASSICAL_LEAD,
  CORE_HEADS,
  NEW_TYPE_HEADS,
  NEW_TYPE_PREFIX,
  NOT_SIDES,
  PAIR_SUBJECT_WORDS,
} from './rules'
import type { Sign } from './rules'

const RULES = [
  'quoted',
  'titled',
  'headed',
  'classical',
  'newType',
  'qualified',
  'series',
  'antithesis',
] as const
export type Rule = (typeof RULES)[number]

export function isRule(r: unknown): r is Rule {
  return (RULES as readonly unknown[]).includes(r)
}

export interface Candidate {
  rule: Rule
  /** Folded range in the FoldedDoc. */
  fs: number
  fe: number
  /** Folded text of the range. */
  text: string
  signs: Set<Sign>
  /**
   * Series: the items' folded ranges; qualified: the headed phrase's. Dropped when one is new
   * by itself: that one is the formulation.
   */
  items?: Array<[number, number]>
  /**
   * The folded range whose pieces the index must know, when the rest are words of the rules
   * (classical: 百年未有 of 百年未有之大变局; newType: 国际 of 新型国际关系). The whole when absent.
   */
  pieces?: [number, number]
}

const QUOTED = /“([^“”\n。!?;]{2,16})”|「([^「」\n。!?;]{2,16})」/g
const TITLED = /《([^《》\n]{2,40})》/g
const NUMERAL_ONLY = /^[\d一二三四五六七八九十百千万两〇零]+$/
const NUMBERED = /^[一二三四五六七八九十两][个大项点条种]/
const HAN = '[\\u3400-\\u9fff]'
const ANTITHESIS = new RegExp(
  `不(${HAN}{1,2})、?不(${HAN}{1,2})|(${HAN}{1,2})而不(${HAN}{1,2})`,
  'g',
)
const SERIES = new RegExp(`${HAN}{2,8}(?:、${HAN}{2,8}){2,}`, 'g')

const headsByFirst = new Map<string, string[]>()
for (const h of HEADS) {
  const list = headsByFirst.get(h[0]!) ?? []
  list.push(h)
  headsByFirst.set(h[0]!, list)
}
const GENERIC = new Set(GENERIC_LEADS)
const ONE_CHAR_BOUNDARIES = new Set(BOUNDARY_WORDS.filter((w) => w.length === 1))
/** Boundary words by their last character (looked up leftwards) and by their first. */
const boundaryByLast = new Map<string, string[]>()
const boundaryByFirst = new Map<string, string[]>()
for (const w of BOUNDARY_WORDS) {
  for (const [map, c] of [
    [boundaryByLast, w.at(-1)!],
    [boundaryByFirst, w[0]!],
  ] as const) {
    const list = map.get(c) ?? []
    list.push(w)
    map.set(c, list)
  }
}

function make(rule: Rule, text: string, fs: number, fe: number, signs: Sign[]): Candidate {
  return { rule, fs, fe, text: text.slice(fs, fe), signs: new Set(signs) }
}

/** Does a boundary word end at k (text[k - w.length, k))? Returns its length, or 0. */
function boundaryBefore(text: string, k: number, probe: Probe): number {
  for (const w of boundaryByLast.get(text[k - 1]!) ?? []) {
    if (w.length > k || !text.startsWith(w, k - w.length)) continue
    if (w.length > 1 || !BINDING_FUNCTION_WORDS.has(w)) return w.length
    // A one-character function word binds to the next character when the index sees that
    // pair more often than the pair after it (和平发展: 和 stays; 和全球: 和 goes).
    if (k + 1 >= text.length || !isWordChar(text.charCodeAt(k + 1))) return 1
    const across = probe.pairDf(text.charCodeAt(k - 1), text.charCodeAt(k))
    const next = probe.pairDf(text.charCodeAt(k), text.charCodeAt(k + 1))
    if (across < next) return 1
  }
  return 0
}

/**
 * Whether a head at [h, e) ends the phrase: punctuation, a boundary word or what is said of a
 * formulation (AFTER_HEAD_WORDS) follows, or the head and the next two characters were never
 * seen together (战略 + 沟通 goes on as 战略沟通; 倡议 + 下的 ends). Null while the texts that
 * decide it are not loaded.
 */
function endsPhrase(text: string, h: number, e: number, probe: Probe): boolean | null {
  if (e + 1 >= text.length || !isWordChar(text.charCodeAt(e))) return true
  // The head's last character belongs to the next word (经济带 | 来 is 经济 + 带来): the index
  // sees that pair more often than the head's own last pair.
  const tail = probe.pairDf(text.charCodeAt(e - 1), text.charCodeAt(e))
  if (tail > probe.pairDf(text.charCodeAt(e - 2), text.charCodeAt(e - 1))) return false
  if (!isWordChar(text.charCodeAt(e + 1))) return true
  if (boundaryByFirst.get(text[e]!)?.some((w) => text.startsWith(w, e))) return true
  if (AFTER_HEAD_WORDS.some((w) => text.startsWith(w, e))) return true
  if (headsByFirst.get(text[e]!)?.some((x) => text.startsWith(x, e))) return false
  const longer = probe.seen(text.slice(h, e + 2))
  return longer === null ? null : !longer
}

/** The side as subject (科方, 中方 坚定恪守…): a word ending in 方 ends a phrase on the left. */
function sideBefore(text: string, k: number): boolean {
  return (
    k >= 2 &&
    text[k - 1] === '方' &&
    isWordChar(text.charCodeAt(k - 2)) &&
    // 方案, 方面, 全方位 …: 方 begins or ends a word there, not a side.
    !'案面位式法向针略'.includes(text[k]!) &&
    !'全多东西南北地'.includes(text[k - 2]!)
  )
}

/**
 * The other side X of a lead 中X / X中 (中巴, 越中) when the readout itself (`named`: the X of
 * its X方) or the index names that side X方 (巴方, 越方: a readout names its counterpart so, and a
 * small index may not yet have): '' when the string starts with no pair of sides, null while
 * the index cannot say.
 */
export function pairSide(s: string, named: ReadonlySet<string>, probe: Probe): string | null {
  const x = s[0] === '中' ? s[1]! : s[1] === '中' ? s[0]! : ''
  if (!x || x === '中' || NOT_SIDES.has(x) || !/[\u3400-\u9fff]/u.test(x) || s.length < 5) return ''
  if (PAIR_SUBJECT_WORDS.some((w) => s.startsWith(w, 2))) return ''
  if (named.has(x)) return x
  const side = probe.seen(`${x}方`)
  return side === null ? null : side ? x : ''
}

/** Every position a head starts at, overlapping ones included (命运共同体 and its 共同体). */
const HEAD_AT = new RegExp(`(?=(${HEADS.join('|')}))`, 'g')

/** Where a head word starts (never at 0: a phrase needs a modifier), longest head first. */
function headSites(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = []
  for (const m of text.matchAll(HEAD_AT)) if (m.index > 0) out.push([m.index, m[1]!])
  return out
}

/** The first head site at or after `k` (sites are in text order). */
function siteFrom(sites: ReadonlyArray<[number, string]>, k: number): number | undefined {
  let lo = 0
  let hi = sites.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sites[mid]![0] < k) lo = mid + 1
    else hi = mid
  }
  return sites[lo]?.[0]
}

function headed(
  text: string,
  sites: ReadonlyArray<[number, string]>,
  named: ReadonlySet<string>,
  probe: Probe,
): Candidate[] {
  const out: Candidate[] = []
  for (const [h, head] of sites) {
    const e = h + head.length
    if (endsPhrase(text, h, e, probe) !== true) continue
    let k = h
    let bounded = false
    while (k > 0 && isWordChar(text.charCodeAt(k - 1))) {
      if (boundaryBefore(text, k, probe) || sideBefore(text, k)) break
      if (h - k >= MAX_MODIFIER) {
        bounded = true
        break
      }
      k--
    }
    // Cut by the length limit, not at a boundary: the left edge would fall inside a word. A
    // head inside the modifier begins a phrase (中俄发展 | 新时代全面战略协作伙伴关系); else none.
    if (bounded) {
      const inside = siteFrom(sites, k)
      if (inside === undefined || inside >= h) continue
      k = inside
    }
    // Strip modifiers that change nothing (两国 全面战略伙伴关系).
    for (let again = true; again;) {
      again = false
      for (const g of GENERIC) {
        if (text.startsWith(g, k) && k + g.length <= h) {
          k += g.length
          again = true
          break
        }
      }
    }
    // A pair of sides after a two-character verb the boundary words lack (发展 | 中伊…) or a
    // one-character function word that bound to the word before (民众对 | 中越…) starts it.
    if (h - k >= 4 && !pairSide(text.slice(k, e), named, probe)) {
      for (let j = h - 2; j > k; j--) {
        const after = j - k === 2 || ONE_CHAR_BOUNDARIES.has(text[j - 1]!)
        if (after && pairSide(text.slice(j, e), named, probe)) {
          k = j
          break
        }
      }
    }
    // A modifier that is itself a head (倡议 + 主张) is a list of nouns, not a phrase.
    const modifier = text.slice(k, h)
    if (HEADS.includes(modifier)) continue
    if (k < h && e - k >= MIN_LENGTH && e - k <= MAX_LENGTH)
      out.push(
        make('headed', text, k, e, CORE_HEADS.has(head) ? ['headed', 'coreHead'] : ['headed']),
      )
  }
  return out
}

const CLASSICAL_LEAD_AT = new RegExp(`^${HAN}{${CLASSICAL_LEAD}}$`)

/**
 * A core head after 之 and four characters (百年未有 + 之 + 大变局): 之 binds the four-character
 * phrase to the head as one set phrase, where elsewhere it is a boundary word.
 */
function classical(
  text: string,
  sites: ReadonlyArray<[number, string]>,
  probe: Probe,
): Candidate[] {
  const out: Candidate[] = []
  for (const [h, head] of sites) {
    const k = h - 1 - CLASSICAL_LEAD
    if (k < 0 || text[h - 1] !== '之' || !CORE_HEADS.has(head)) continue
    if (!CLASSICAL_LEAD_AT.test(text.slice(k, h - 1))) continue
    if (endsPhrase(text, h, h + head.length, probe) !== true) continue
    const c = make('classical', text, k, h + head.length, ['headed', 'coreHead'])
    c.pieces = [k, h - 1]
    out.push(c)
  }
  return out
}

const NEW_TYPE_AT = new RegExp(`${NEW_TYPE_PREFIX}${HAN}{2,4}?(?:${NEW_TYPE_HEADS.join('|')})`, 'g')

/** 新型 + two to four characters + 关系, ending the phrase there (新型国际关系). */
function newType(text: string, probe: Probe): Candidate[] {
  const out: Candidate[] = []
  NEW_TYPE_AT.lastIndex = 0
  for (let m: RegExpExecArray | null; (m = NEW_TYPE_AT.exec(text));) {
    const e = m.index + m[0].length
    const head = NEW_TYPE_HEADS.find((x) => m![0].endsWith(x))!
    if (endsPhrase(text, e - head.length, e, probe) !== true) continue
    const c = make('newType', text, m.index, e, ['headed', 'coreHead'])
    c.pieces = [m.index + NEW_TYPE_PREFIX.length, e - head.length]
    out.push(c)
  }
  return out
}

const ATTRIBUTES = new RegExp(`(?:${HAN}{1,4}、)+${HAN}{1,4}$`)

/**
 * Headed phrases — or a bare core head (…可持续的 + 安全观) — after 的 with a series of attributes
 * before it, the attributes included.
 */
function qualified(
  text: string,
  sites: ReadonlyArray<[number, string]>,
  heads: readonly Candidate[],
  probe: Probe,
): Candidate[] {
  const cores: Candidate[] = [...heads]
  for (const [h, head] of sites)
    if (text[h - 1] === '的' && CORE_HEADS.has(head) && endsPhrase(text, h, h + head.length, probe))
      cores.push(make('headed', text, h, h + head.length, ['coreHead']))
  const out: Candidate[] = []
  for (const c of cores) {
    if (text[c.fs - 1] !== '的') continue
    const m = ATTRIBUTES.exec(text.slice(Math.max(0, c.fs - 1 - MAX_LENGTH * 2), c.fs - 1))
    if (!m) continue
    // The first attribute loses the verb before it (构建 | 均衡).
    let fs = c.fs - 1 - m[0].length
    for (let cut = true; cut;) {
      cut = false
      for (const w of boundaryByFirst.get(text[fs]!) ?? [])
        if (w.length > 1 && text.startsWith(w, fs) && text[fs + w.length] !== '、') {
          fs += w.length
          cut = true
          break
        }
    }
    if (c.fe - fs > MAX_LENGTH * 2) continue
    const q = make('qualified', text, fs, c.fe, ['parallel', 'headed', ...c.signs])
    // On a core head the headed phrase, when new by itself, is the formulation (中哈命运共同体,
    // qualified in parallel): it takes the sign and the whole is dropped. On another head
    // (合作理念) or a bare one (安全观) the whole is.
    if (c.signs.has('coreHead') && c.signs.has('headed')) {
      c.signs.add('parallel')
      q.items = [[c.fs, c.fe]]
    }
    out.push(q)
  }
  return out
}

function quoted(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const [re, sign] of [
    [QUOTED, 'quoted'],
    [TITLED, 'titled'],
  ] as const) {
    re.lastIndex = 0
    for (let m: RegExpExecArray | null; (m = re.exec(text));) {
      const inner = m[1] ?? m[2]!
      if (NUMERAL_ONLY.test(inner)) continue
      const fs = m.index + 1
      const signs: Sign[] = [sign]
      if (NUMBERED.test(inner)) signs.push('parallel')
      out.push(make(sign, text, fs, fs + inner.length, signs))
    }
  }
  return out
}

function series(text: string): Candidate[] {
  const out: Candidate[] = []
  SERIES.lastIndex = 0
  for (let m: RegExpExecArray | null; (m = SERIES.exec(text));) {
    const parts = m[0].split('、')
    // Items of one length; the first may carry a lead-in (支持全球安全倡议 → its last L chars),
    // the last a lead-out (全球文明倡议具有 → its first L chars) where the middle ones set L.
    const len = parts[1]!.length
    if (len < 2 || !parts.slice(1, -1).every((p) => p.length === len)) continue
    const last = parts.at(-1)!.length
    if (last < len) continue
    // A lead-out only after items that are formulations themselves: each ends on one head.
    if (last > len) {
      const items = [parts[0]!.slice(-len), ...parts.slice(1, -1), parts.at(-1)!.slice(0, len)]
      const head = HEADS.find((x) => parts[1]!.endsWith(x))
      if (!head || !items.every((p) => p.endsWith(head))) continue
    }
    const fs = m.index + parts[0]!.length - Math.min(len, parts[0]!.length)
    if (parts[0]!.length < len) continue
    const fe = m.index + m[0].length - (last - len)
    if (fe - fs > MAX_LENGTH * 2) continue
    const c = make('series', text, fs, fe, ['parallel', 'shape'])
    c.items = []
    for (let at = fs; at < fe; at += len + 1) c.items.push([at, at + len])
    const items = c.items.map(([a, b]) => text.slice(a, b))
    if (
      items.every((x) => x[0] === items[0]![0]) ||
      items.every((x) => x.at(-1) === items[0]!.at(-1))
    )
      c.signs.add('rhyme')
    out.push(c)
  }
  ANTITHESIS.lastIndex = 0
  for (let m: RegExpExecArray | null; (m = ANTITHESIS.exec(text));) {
    const [a, b] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!]
    // X而不是Y is a contrast of two nouns, not the antithesis X而不Y.
    if (a.length !== b.length || a === b || b[0] === '是') continue
    out.push(make('antithesis', text, m.index, m.index + m[0].length, ['parallel', 'shape']))
  }
  return out
}

/**
 * The part of a readout's candidates that does not depend on the index (quoted, titled and
 * series candidates, where the heads are): found once per readout, not once per pass.
 */
export interface ReadoutShapes {
  text: string
  fixed: readonly Candidate[]
  heads: ReadonlyArray<[number, string]>
  /** The X of every X方 the readout says (柬方 → 柬): the sides it names (pairSide). */
  sides: ReadonlySet<string>
}

export function shapesOf(text: string): ReadoutShapes {
  const sides = new Set<string>()
  for (let i = text.indexOf('方', 1); i > 0; i = text.indexOf('方', i + 1)) sides.add(text[i - 1]!)
  return { text, fixed: [...quoted(text), ...series(text)], heads: headSites(text), sides }
}

/** Every candidate of a folded readout, in text order (fresh objects: callers add signs). */
export function candidatesOf(readout: string | ReadoutShapes, probe: Probe): Candidate[] {
  const shapes = typeof readout === 'string' ? shapesOf(readout) : readout
  const fixed = shapes.fixed.map((c) => ({ ...c, signs: new Set(c.signs) }))
  const heads = headed(shapes.text, shapes.heads, shapes.sides, probe)
  return [
    ...fixed,
    ...heads,
    ...classical(shapes.text, shapes.heads, probe),
    ...newType(shapes.text, probe),
    ...qualified(shapes.text, shapes.heads, heads, probe),
  ].sort((a, b) => a.fs - b.fs || b.fe - a.fe)
}
