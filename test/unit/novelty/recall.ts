// Recall of novelty on the real CCTV readouts, against formulations the corpus itself vouches
// for (nothing picked by hand for this measure). Three sources, each fair for a reason:
//
// - quoted: every string the readouts put in quotation marks “…” somewhere. The quotation
//   marks are the writer saying "this is a term"; where a term is first said WITHOUT them
//   (quoted only later), it is exactly the unquoted first appearance the measure is after.
// - lexicon: the shipped lexicon's phrases (src/core/lexicon/phrases.json), chosen for the
//   highlighter long before this measure, not from novelty's output — but not its readout
//   boilerplate (category structure: 一致认为, 达成共识) nor its two-character names and topic
//   words (北约, 南海, 核能), which are no formulations.
// - stuck: phrases ending on a formulation head (rules.ts HEADS) that recur in two or more
//   later readouts (formulations that stuck) and that the corpus treats as a unit: their left
//   and right neighbours vary across occurrences (accessor variety ≥ 2, or a punctuation
//   mark), so 略伙伴关系 (always after 战) is no phrase. This source shares HEADS with the
//   candidates, and it drops strings that begin with a boundary word or a generic lead (推动…,
//   两国…: a verb phrase or a known phrase under a modifier that changes nothing, which the
//   issue does not count as formulations) — the only rule data it borrows.
// - series: parallel series A、B、C (three items or more of one length, 相互尊重、和平共处、合作共赢)
//   said in two or more later readouts: a triad that stuck. One whose item is new where the
//   series is first said is left out: there the new item is the formulation (全球文明倡议).
//
// For each reference formulation: its first day in date order (plain substring search of the
// folded texts, as the eval's contradiction check), whether an occurrence that day stands in
// quotation marks, and whether the firsts recorded that day list it (the same folded key).
// A formulation first said while fewer than MIN_HISTORY readouts precede it is left out: no
// index can call anything new there.
import { foldForSearch } from '../../../src/core/normalize'
import lexicon from '../../../src/core/lexicon/phrases.json'
import type { FirstAppearance, IndexedEvent } from '../../../src/core/types'
import { MIN_HISTORY } from '../../../src/core/novelty'
import { BOUNDARY_WORDS, GENERIC_LEADS, HEADS } from '../../../src/core/novelty/rules'

export type Source = 'quoted' | 'lexicon' | 'stuck' | 'series'

export interface Reference {
  key: string
  sources: Source[]
  firstDate: string
  /** An occurrence on the first day stands inside “…”. */
  quotedAtFirst: boolean
  /** The firsts recorded on that day list it. */
  listed: boolean
}

export interface Recall {
  /** Reference formulations with enough history before their first day. */
  eligible: number
  /** Left out: first said before MIN_HISTORY readouts were in the index. */
  tooEarly: number
  listed: number
  recall: number
  quoted: { eligible: number; listed: number; recall: number }
  unquoted: { eligible: number; listed: number; recall: number }
  bySource: Record<Source, { eligible: number; listed: number; recall: number }>
  /** Every eligible reference, by first day. */
  references: Reference[]
  misses: Reference[]
}

const QUOTED = /“([^“”\n。!?;]{2,16})”/g
const NUMERAL_ONLY = /^[\d一二三四五六七八九十百千万两〇零]+$/
const WORD = /[\u3400-\u9fff\w]/u
const STUCK_MIN_LATER = 2
const STUCK_MAX = 12

function ratio(listed: number, eligible: number) {
  return { eligible, listed, recall: eligible ? Math.round((listed / eligible) * 1000) / 1000 : 0 }
}

function quotedStrings(texts: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const t of texts)
    for (const m of t.matchAll(QUOTED)) if (!NUMERAL_ONLY.test(m[1]!)) out.add(m[1]!)
  return out
}

/**
 * What a stuck phrase may not begin with: the candidates' boundary words and generic leads,
 * verbs the boundary list lacks (走 社会主义道路, 面对 …大变局), and 方 (中方/双方 as subject).
 */
const LEADING = [...BOUNDARY_WORDS, ...GENERIC_LEADS, '走', '面对', '捍卫', '建立', '方']

/** Head-final strings of 3..STUCK_MAX characters with varied neighbours, in ≥ 3 readouts. */
function stuckPhrases(texts: readonly string[]): Set<string> {
  const stats = new Map<
    string,
    { docs: Set<number>; left: Map<string, number>; right: Map<string, number> }
  >()
  texts.forEach((t, d) => {
    for (const head of HEADS) {
      for (let h = t.indexOf(head); h >= 0; h = t.indexOf(head, h + 1)) {
        const e = h + head.length
        const right = WORD.test(t[e] ?? '') ? t[e]! : '#'
        for (let k = h - 1; k >= 0 && e - k <= STUCK_MAX && WORD.test(t[k]!); k--) {
          if (e - k < 3) continue
          const s = t.slice(k, e)
          const left = k > 0 && WORD.test(t[k - 1]!) ? t[k - 1]! : '#'
          let st = stats.get(s)
          if (!st) stats.set(s, (st = { docs: new Set(), left: new Map(), right: new Map() }))
          st.docs.add(d)
          st.left.set(left, (st.left.get(left) ?? 0) + 1)
          st.right.set(right, (st.right.get(right) ?? 0) + 1)
        }
      }
    }
  })
  const out = new Set<string>()
  for (const [s, st] of stats) {
    if (st.docs.size < 1 + STUCK_MIN_LATER) continue
    // No one neighbouring character holds half the occurrences: 国发展战略 (mostly 两国…),
    // 全天候战略 (mostly …合作伙伴关系) are pieces of a longer phrase.
    const varied = (n: Map<string, number>) => {
      let total = 0
      let most = 0
      for (const [c, k] of n) {
        total += k
        if (c !== '#') most = Math.max(most, k)
      }
      return most * 2 <= total
    }
    if (!varied(st.left) || !varied(st.right)) continue
    if (LEADING.some((w) => s.startsWith(w))) continue
    // …等多边机制: the end of a list, not a phrase.
    if (s.includes('等')) continue
    // The head itself preceded by one character is a word, not a formulation (大主义).
    if (HEADS.some((x) => s.length <= x.length + 1 && s.endsWith(x))) continue
    out.add(s)
  }
  return out
}

const SERIES = /[\u3400-\u9fff]{2,8}(?:、[\u3400-\u9fff]{2,8}){2,}/g

/** Series of one item length (the first item's lead-in cut off) in ≥ 3 readouts. */
function stuckSeries(texts: readonly string[]): Set<string> {
  const docs = new Map<string, Set<number>>()
  texts.forEach((t, d) => {
    for (const m of t.matchAll(SERIES)) {
      const parts = m[0].split('、')
      const len = parts[1]!.length
      if (!parts.slice(1).every((p) => p.length === len) || parts[0]!.length < len) continue
      const s = [parts[0]!.slice(-len), ...parts.slice(1)].join('、')
      docs.set(s, (docs.get(s) ?? new Set()).add(d))
    }
  })
  return new Set([...docs].filter(([, d]) => d.size >= 1 + STUCK_MIN_LATER).map(([s]) => s))
}

function insideQuotes(text: string, at: number, len: number): boolean {
  for (const m of text.matchAll(/“[^“”\n]*”/g))
    if (m.index < at && at + len < m.index + m[0].length) return true
  return false
}

export function measureRecall(
  events: ReadonlyArray<Pick<IndexedEvent, 'id' | 'date' | 'text'>>,
  firsts: readonly FirstAppearance[],
): Recall {
  const dated = events
    .filter((e) => e.date)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : 1))
  const texts = dated.map((e) => foldForSearch(e.text))
  const sources = new Map<string, Set<Source>>()
  const add = (key: string, src: Source) => {
    if (key.length < 2) return
    const set = sources.get(key) ?? new Set<Source>()
    set.add(src)
    sources.set(key, set)
  }
  for (const q of quotedStrings(texts)) add(q, 'quoted')
  for (const p of lexicon as Array<{ phrase: string; category: string }>)
    if (p.category !== 'structure' && p.phrase.length >= 4) add(foldForSearch(p.phrase), 'lexicon')
  for (const s of stuckPhrases(texts)) add(s, 'stuck')
  for (const s of stuckSeries(texts)) add(s, 'series')

  const listedOn = new Set(firsts.map((f) => `${f.date}\u0000${f.key}`))
  const refs: Reference[] = []
  let tooEarly = 0
  for (const [key, src] of sources) {
    const first = texts.findIndex((t) => t.includes(key))
    if (first < 0) continue
    if (src.size === 1 && src.has('series')) {
      const earlier = texts.slice(0, first)
      if (key.split('、').some((item) => !earlier.some((t) => t.includes(item)))) continue
    }
    const firstDate = dated[first]!.date!
    const before = dated.findIndex((e) => e.date === firstDate)
    if (before < MIN_HISTORY) {
      tooEarly++
      continue
    }
    let quotedAtFirst = false
    for (let i = first; i < dated.length && dated[i]!.date === firstDate; i++) {
      const t = texts[i]!
      for (let at = t.indexOf(key); at >= 0 && !quotedAtFirst; at = t.indexOf(key, at + 1))
        quotedAtFirst = insideQuotes(t, at, key.length)
    }
    refs.push({
      key,
      sources: [...src].sort(),
      firstDate,
      quotedAtFirst,
      listed: listedOn.has(`${firstDate}\u0000${key}`),
    })
  }
  refs.sort((a, b) => (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0))
  const count = (rs: Reference[]) => ratio(rs.filter((r) => r.listed).length, rs.length)
  const bySource = Object.fromEntries(
    (['quoted', 'lexicon', 'stuck', 'series'] as const).map((s) => [
      s,
      count(refs.filter((r) => r.sources.includes(s))),
    ]),
  ) as Recall['bySource']
  const all = count(refs)
  return {
    eligible: all.eligible,
    tooEarly,
    listed: all.listed,
    recall: all.recall,
    quoted: count(refs.filter((r) => r.quotedAtFirst)),
    unquoted: count(refs.filter((r) => !r.quotedAtFirst)),
    bySource,
    references: refs,
    misses: refs.filter((r) => !r.listed),
  }
}
