// New formulations of a readout: candidates (candidates.ts) that occur in no earlier event of
// the index (history.ts), that are made of words the index knows, ranked by how formulaic
// they look (rules.ts WEIGHTS). Every sign but one is read off the readout and the earlier
// events; recursLater (said again later) needs later events: only the whole-index recount
// gives it (firsts.ts), from the below-bar candidates `laterSign` returns.
//
// "Made of known words": the candidate splits, longest known piece first, into pieces of two
// characters or more that each occur in some earlier event (全球治理 + 倡议): a new combination,
// not a misprint or a run of characters across unrelated words. Quoted terms skip the test —
// the quotation marks already say it is a term, and coinages (去风险) are not combinations.
//
// A pair of sides before a known formulation (中阿 + 命运共同体) is a bilateral version of it:
// the pair is a known piece when the readout or the index names the side X方 (阿方), unless
// 两国/双方 follows (the pair is then the subject: rules.ts PAIR_SUBJECT_WORDS); the
// formulation is not new when the other side's order (阿中命运共同体) was said before.
import type { Turn } from '../types'
import {
  candidatesOf,
  pairSide,
  shapesOf,
  type Candidate,
  type ReadoutShapes,
  type Rule,
} from './candidates'
import { foldParagraphs, sourceRange, type FoldedDoc } from './folded-doc'
import { Probe, type NoveltyHistory } from './history'
import {
  AFFIXES,
  MAX_NOVEL,
  MIN_HISTORY,
  MIN_SCORE,
  PROPOSAL_MARKERS,
  WEIGHTS,
  type Sign,
} from './rules'

export interface NoveltyInput {
  /** The text all offsets point into. */
  text: string
  /** Body ranges to read (paragraphs); the whole text when omitted. */
  paragraphs?: ReadonlyArray<{ start: number; end: number }>
  /** Speaker turns (offsets into `text`), for the speaker and the leader sign. */
  turns: ReadonlyArray<Pick<Turn, 'speaker' | 'start' | 'end'>>
}

/** A new formulation as ranked (pickNovel), before its occurrences are listed. */
export interface ScoredFormulation {
  /** Verbatim source text where it ranks best (the first such occurrence). */
  text: string
  /** Folded form: what later readouts are matched against. */
  key: string
  start: number
  end: number
  /** Speaker of the turn it first occurs in (`双方` joint, null narration). */
  speaker: string | null
  rule: Rule
  signs: Sign[]
  score: number
}

export interface NovelFormulation extends ScoredFormulation {
  /** Every occurrence in the readout (source offsets), the first included. */
  occurrences: Array<{ start: number; end: number }>
}

export interface NoveltyResult {
  novel: NovelFormulation[]
  /** Earlier events whose texts are needed before the answer is complete (load, then ask again). */
  missing: number[]
  /** Bigrams whose posting rows are needed before the answer is complete. */
  missingGrams: number[]
  /**
   * With `laterSign` (the recount): every new candidate that reaches MIN_SCORE, picked or not,
   * and those that would with sign recursLater — what the recount re-ranks once it knows
   * which of them later events say again (firsts.ts).
   */
  scored?: ScoredFormulation[]
}

/**
 * Whether s splits into known pieces: runs between punctuation marks and 的 (均衡、有效: 衡、 is
 * no piece), each cut, longest known first, into pieces of two or more characters the index
 * has seen, or a one-character affix after a piece (AFFIXES: 中国 + 式 + 现代化, 安全 + 观). Null
 * while texts are missing.
 */
function knownPieces(s: string, probe: Probe): boolean | null {
  for (const run of s.split(/[^\u3400-\u9fff\w]+|的/u)) {
    if (!run) continue
    const ok = splits(run, probe)
    if (ok !== true) return ok
  }
  return true
}

function splits(run: string, probe: Probe): boolean | null {
  let p = 0
  while (p < run.length) {
    let q = p + 1
    for (let r = p + 2; r <= run.length; r++) {
      const seen = probe.seen(run.slice(p, r))
      if (seen === null) return null
      if (!seen) break
      q = r
    }
    // A one-character piece only as an affix of the piece before it (中国 + 式 + 现代化).
    if (q - p < 2 && (p === 0 || !AFFIXES.has(run[p]!))) return false
    p = q
  }
  return true
}

function proposedBefore(text: string, fs: number): boolean {
  const before = text.slice(Math.max(0, fs - 8), fs).replace(/[“《「]+$/u, '')
  return PROPOSAL_MARKERS.test(before)
}

export function occurrences(doc: FoldedDoc, key: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (let i = doc.text.indexOf(key); i >= 0; i = doc.text.indexOf(key, i + key.length))
    out.push(sourceRange(doc, i, i + key.length))
  return out
}

/** Non-overlapping occurrences of `key` in `text` (what split would count, without the array). */
function countOf(text: string, key: string): number {
  let n = 0
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + key.length)) n++
  return n
}

export function turnAt(
  turns: NoveltyInput['turns'],
  at: number,
): NoveltyInput['turns'][number] | null {
  return turns.find((t) => t.start <= at && at < t.end) ?? null
}

export function score(signs: Iterable<Sign>): number {
  let s = 0
  for (const sign of signs) s += WEIGHTS[sign]
  return s
}

/** Series lend their signs to the formulations inside them (a new item of a known triad). */
function lendSeriesSigns(cands: Candidate[], text: string): void {
  for (const s of cands) {
    if (s.rule !== 'series') continue
    const proposed = proposedBefore(text, s.fs)
    for (const c of cands) {
      if (c === s || c.rule === 'series' || c.fs < s.fs || c.fe > s.fe) continue
      c.signs.add('parallel')
      if (proposed) c.signs.add('proposed')
    }
  }
}

/** One candidate per range: a quoted term that is also headed carries both signs. */
function mergeSameRange(cands: Candidate[]): Candidate[] {
  const byRange = new Map<string, Candidate>()
  for (const c of cands) {
    const k = `${c.fs}:${c.fe}`
    const prev = byRange.get(k)
    if (!prev) byRange.set(k, c)
    else for (const s of c.signs) prev.signs.add(s)
  }
  return [...byRange.values()]
}

/** Drops a headed phrase inside a title or quotation (《区域全面经济伙伴关系协定》): part of that unit. */
function outsideUnits(cands: Candidate[]): Candidate[] {
  const units = cands.filter((c) => c.rule === 'quoted' || c.rule === 'titled')
  return cands.filter(
    (c) =>
      c.rule !== 'headed' ||
      !units.some((u) => u.fs <= c.fs && c.fe <= u.fe && (u.fs !== c.fs || u.fe !== c.fe)),
  )
}

/** A readout folded and its index-free shapes found: reused by every pass over it. */
export interface PreparedReadout {
  doc: FoldedDoc
  shapes: ReadoutShapes
  /** How often each candidate text occurs in the readout, counted once for every pass. */
  counts: Map<string, number>
}

export function prepareReadout(input: NoveltyInput): PreparedReadout {
  const doc = foldParagraphs(input.text, input.paragraphs ?? [{ start: 0, end: input.text.length }])
  return { doc, shapes: shapesOf(doc.text), counts: new Map() }
}

/**
 * One pass. With an in-memory history nothing is missing; with a partly loaded one, load
 * `missingGrams` and `missing` into it and call again (`batch` = texts asked per string per
 * pass) until nothing is missing: only then is `novel` the answer. Passing the same `probe`
 * (and `prepared`) to every pass of one readout keeps the answers already settled (and the
 * folding and the index-free shapes).
 */
export function findNovel(
  input: NoveltyInput,
  history: NoveltyHistory,
  opts: { batch?: number; probe?: Probe; prepared?: PreparedReadout; laterSign?: boolean } = {},
): NoveltyResult {
  if (history.size < MIN_HISTORY)
    return { novel: [], missing: [], missingGrams: [], ...(opts.laterSign ? { scored: [] } : {}) }
  const { doc, shapes, counts } = opts.prepared ?? prepareReadout(input)
  const countIn = (key: string): number => {
    let n = counts.get(key)
    if (n === undefined) counts.set(key, (n = countOf(doc.text, key)))
    return n
  }
  const addRecurs = (c: Candidate): void => {
    const n = countIn(c.text)
    if (n >= 2) c.signs.add('recurs')
    if (n >= 3) c.signs.add('recursOften')
  }
  const probe = opts.probe ?? new Probe(history, opts.batch)
  if (opts.probe) probe.nextPass(opts.batch ?? 16)
  const cands = outsideUnits(mergeSameRange(candidatesOf(shapes, probe)))
  lendSeriesSigns(cands, doc.text)

  // The recount also keeps what only sign recursLater could lift to MIN_SCORE.
  const later = opts.laterSign ? WEIGHTS.recursLater : 0
  const accepted: Candidate[] = []
  const below: Candidate[] = []
  let unknown = false
  for (const c of cands) {
    // Signs first: they need only the readout, and a candidate that cannot reach MIN_SCORE is
    // never listed, so the index is not asked about it (most of a readout's candidates).
    if (proposedBefore(doc.text, c.fs)) c.signs.add('proposed')
    const turn = turnAt(input.turns, sourceRange(doc, c.fs, c.fe).start)
    if (turn?.speaker && turn.speaker !== '双方') c.signs.add('leader')
    // (The pair sign alone depends on the index: counted as possible until asked.)
    const pairMay = c.rule === 'headed' ? WEIGHTS.pair : 0
    const may = pairMay + later
    if (score(c.signs) + WEIGHTS.recurs + WEIGHTS.recursOften + may < MIN_SCORE) continue
    // Counting scans the readout: now only when it decides, else once the candidate is new.
    if (score(c.signs) + may < MIN_SCORE) {
      addRecurs(c)
      if (score(c.signs) + may < MIN_SCORE) continue
    }
    const seen = probe.seen(c.text)
    if (seen === null) unknown = true
    if (seen !== false) continue
    if (c.rule === 'series' || c.rule === 'qualified') {
      // New because one item is new: the item is the formulation, not the list.
      const itemNew = (c.items ?? []).some(([a, b]) => probe.seen(doc.text.slice(a, b)) !== true)
      if (itemNew) continue
    }
    const side = c.rule === 'headed' ? pairSide(c.text, shapes.sides, probe) : ''
    if (side === null) unknown = true
    if (side) {
      // Known in the other side's order (阿中… after 中阿…): not new.
      const swapped = probe.seen(c.text[1]! + c.text[0]! + c.text.slice(2))
      const rest = probe.seen(c.text.slice(2))
      if (swapped === null || rest === null) unknown = true
      if (swapped !== false) continue
      if (rest) c.signs.add('pair')
    }
    if (c.rule !== 'quoted' && c.rule !== 'titled' && c.rule !== 'antithesis') {
      // Only the part that is no word of the rules (百年未有 of 百年未有之大变局: Candidate.pieces).
      const [a, b] = c.pieces ?? [c.fs, c.fe]
      const known = knownPieces(side ? c.text.slice(2) : doc.text.slice(a, b), probe)
      if (known === null) unknown = true
      if (known !== true) continue
    }
    addRecurs(c)
    const s = score(c.signs)
    if (s >= MIN_SCORE) accepted.push(c)
    else if (s + later >= MIN_SCORE) below.push(c)
  }
  if (unknown || probe.incomplete)
    return {
      novel: [],
      missing: [...probe.missing].sort((a, b) => a - b),
      missingGrams: [...probe.missingGrams].sort((a, b) => a - b),
    }

  const scoredOf = (c: Candidate): ScoredFormulation => {
    const { start, end } = sourceRange(doc, c.fs, c.fe)
    return {
      text: input.text.slice(start, end),
      key: c.text,
      start,
      end,
      speaker: turnAt(input.turns, start)?.speaker ?? null,
      rule: c.rule,
      signs: [...c.signs].sort(),
      score: score(c.signs),
    }
  }
  const listed = accepted.map(scoredOf)
  const novel = pickNovel(listed).map((n): NovelFormulation => ({
    ...n,
    occurrences: occurrences(doc, n.key),
  }))
  return {
    novel,
    missing: [],
    missingGrams: [],
    ...(opts.laterSign ? { scored: [...listed, ...below.map(scoredOf)] } : {}),
  }
}

/**
 * Best first; an overlapping or repeated formulation is listed once (its best reading), at
 * most MAX_NOVEL. At one score a quoted or titled term first: the writer marked it as a term.
 */
export function pickNovel<T extends ScoredFormulation>(items: readonly T[]): T[] {
  const marked = (n: T) => (n.rule === 'quoted' || n.rule === 'titled' ? 0 : 1)
  const sorted = [...items].sort(
    (a, b) => b.score - a.score || marked(a) - marked(b) || a.start - b.start || b.end - a.end,
  )
  const taken: T[] = []
  const keys = new Set<string>()
  for (const n of sorted) {
    if (taken.length >= MAX_NOVEL) break
    if (keys.has(n.key)) continue
    if (taken.some((t) => n.start < t.end && t.start < n.end)) continue
    taken.push(n)
    keys.add(n.key)
    // 中巴… and 巴中… in one readout are one formulation, said by each side.
    if (n.signs.includes('pair')) keys.add(n.key[1]! + n.key[0]! + n.key.slice(2))
  }
  return taken
}

/** findNovel against a history whose texts are all at hand (throws if one is not). */
export function novelFormulations(
  input: NoveltyInput,
  history: NoveltyHistory,
): NovelFormulation[] {
  const r = findNovel(input, history)
  if (r.missing.length || r.missingGrams.length)
    throw new Error('novelFormulations: the history is not fully loaded (use findNovel)')
  return r.novel
}
