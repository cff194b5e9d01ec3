// Which wording of each variant family a readout uses, and when the choice last changed along a
// run of earlier readouts. Matching is on the normalised text (simplified script) with quotation
// marks removed, so 反对"台独", 反对“台独” and 反對「台獨」 are one wording. Inside a family an
// occurrence contained in a longer one (全面战略协作伙伴关系 in 新时代全面战略协作伙伴关系) is not counted.
import { normalize } from '../normalize'
import type { Turn } from '../types'
import type { VariantFamily } from './families'
import type { ReadoutDoc } from './readout-doc'

export interface VariantUse {
  variant: string
  count: number
  /** Who used it: speaker names, `双方`, or null for narration (each once, first use first). */
  speakers: Array<string | null>
}

export interface WordingAt {
  id: string | null
  date: string | null
  wording: string[]
}

export interface FamilyReading {
  family: string
  label: VariantFamily['label']
  /** This readout's uses, in order of first appearance. */
  uses: VariantUse[]
  /** The variants it uses, in order of first appearance; [] when it uses none. */
  wording: string[]
  /** The latest earlier readout of the run that used the family at all. */
  previous: WordingAt | null
  /** The latest readout (this one included) whose wording differs from the one before it. */
  lastChange: (WordingAt & { from: string[] }) | null
  changedHere: boolean
}

const QUOTES = /["'“”‘’「」『』]/g

function bare(s: string): string {
  return normalize(s).text.replace(QUOTES, '')
}

const bareTurns = new WeakMap<Turn[], string[]>()

function bareTexts(turns: Turn[]): string[] {
  let b = bareTurns.get(turns)
  if (!b) {
    b = turns.map((t) => bare(t.text))
    bareTurns.set(turns, b)
  }
  return b
}

interface Occurrence {
  variant: number
  at: number
  end: number
  turn: number
}

/** One family's uses in a readout. */
export function familyUses(doc: Pick<ReadoutDoc, 'turns'>, family: VariantFamily): VariantUse[] {
  const keys = family.variants.map(bare)
  const texts = bareTexts(doc.turns)
  const found: Occurrence[] = []
  texts.forEach((text, turn) => {
    const here: Occurrence[] = []
    keys.forEach((key, variant) => {
      if (!key) return
      for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
        here.push({ variant, at, end: at + key.length, turn })
      }
    })
    for (const o of here) {
      const inside = here.some(
        (p) => p !== o && p.at <= o.at && p.end >= o.end && p.end - p.at > o.end - o.at,
      )
      if (!inside) found.push(o)
    }
  })
  found.sort((x, y) => x.turn - y.turn || x.at - y.at)
  const uses = new Map<number, VariantUse>()
  for (const o of found) {
    let u = uses.get(o.variant)
    if (!u) {
      u = { variant: family.variants[o.variant]!, count: 0, speakers: [] }
      uses.set(o.variant, u)
    }
    u.count++
    const speaker = doc.turns[o.turn]!.speaker
    if (!u.speakers.includes(speaker)) u.speakers.push(speaker)
  }
  return [...uses.values()]
}

function sameWording(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false
  const s = new Set(a)
  return b.every((v) => s.has(v))
}

/**
 * Reads every family in `doc` against `earlier` (oldest first, all before `doc`). Families that
 * neither `doc` nor its latest earlier user mentions are left out.
 */
export function readFamilies(
  doc: ReadoutDoc,
  earlier: readonly ReadoutDoc[],
  families: readonly VariantFamily[],
): FamilyReading[] {
  const out: FamilyReading[] = []
  for (const family of families) {
    const uses = familyUses(doc, family)
    const wording = uses.map((u) => u.variant)
    const chain: WordingAt[] = []
    for (const e of earlier) {
      const w = familyUses(e, family).map((u) => u.variant)
      if (w.length > 0) chain.push({ id: e.id, date: e.event?.date ?? null, wording: w })
    }
    const previous = chain[chain.length - 1] ?? null
    if (wording.length === 0 && !previous) continue
    if (wording.length > 0) chain.push({ id: doc.id, date: doc.event?.date ?? null, wording })
    let lastChange: FamilyReading['lastChange'] = null
    let changedHere = false
    for (let i = chain.length - 1; i > 0; i--) {
      if (!sameWording(chain[i]!.wording, chain[i - 1]!.wording)) {
        lastChange = { ...chain[i]!, from: chain[i - 1]!.wording }
        changedHere = wording.length > 0 && i === chain.length - 1
        break
      }
    }
    out.push({
      family: family.id,
      label: family.label,
      uses,
      wording,
      previous,
      lastChange,
      changedHere,
    })
  }
  return out
}
