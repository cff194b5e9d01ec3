// Two readouts side by side: sentences aligned (by content, or another named aligner), the
// sentences only one side has, formulations added and dropped, and per speaker the share of
// sentences and who speaks first. B is read against A: `added` is in B and not in A.
import { pairEvents } from '../pairing/same-event'
import type { ReadoutEvent } from '../types'
import { ALIGNERS, type AlignedPair, type Aligner } from './align'
import { BUILT_IN_FAMILIES, type VariantFamily } from './families'
import { diffFormulations, formulationsOf } from './formulations'
import { cite, type CitedFormulation } from './history'
import { foldedText, sentencesOf, type DocSentence, type ReadoutDoc } from './readout-doc'
import { familyUses } from './variants'

export interface SpeakerShare {
  /** Speaker name, `双方`, or null for narration. */
  speaker: string | null
  sentences: number
  /** Fraction of the readout's sentences, 0..1 (3 decimals). */
  share: number
}

export interface SpeakerStats {
  /** The first named leader to speak (joint turns and narration skipped). */
  first: string | null
  shares: SpeakerShare[]
}

export interface ComparedSentence extends DocSentence {
  /** Keys of the formulations in the sentence. */
  formulations: string[]
}

export interface ComparedSide {
  id: string | null
  title: string
  url: string | null
  outlet: string | null
  published: string | null
  event: ReadoutEvent | null
  sentences: ComparedSentence[]
}

export interface ComparedPair extends AlignedPair {
  identical: boolean
}

export interface Comparison {
  sameEvent: boolean
  aligner: string
  a: ComparedSide
  b: ComparedSide
  /** In A's order. */
  aligned: ComparedPair[]
  /** Sentence indices without a counterpart on the other side. */
  onlyA: number[]
  onlyB: number[]
  phrases: { added: CitedFormulation[]; dropped: CitedFormulation[] }
  speakers: { a: SpeakerStats; b: SpeakerStats }
  /** Families whose wording differs between A and B. */
  variants: Array<{ family: string; label: VariantFamily['label']; a: string[]; b: string[] }>
}

export interface CompareOptions {
  /** An aligner or the name of one in ALIGNERS (default `content`). */
  aligner?: Aligner | string
  families?: readonly VariantFamily[]
}

/** Same real-world event: the same id, the same counterpart on the same date, or — across
 *  languages and time zones — dates a day apart with participants agreeing through the name
 *  table (core/pairing). */
export function sameEvent(a: ReadoutDoc, b: ReadoutDoc): boolean {
  if (a.id !== null && a.id === b.id) return true
  if (pairEvents(a.event, b.event).sameEvent) return true
  const ea = a.event
  const eb = b.event
  return (
    !!ea?.date &&
    ea.date === eb?.date &&
    !!ea.counterpart &&
    ea.counterpart.name === eb.counterpart?.name
  )
}

export function speakerStats(sentences: readonly DocSentence[]): SpeakerStats {
  const counts = new Map<string | null, number>()
  for (const s of sentences) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1)
  const total = sentences.length || 1
  const shares = [...counts].map(([speaker, n]) => ({
    speaker,
    sentences: n,
    share: Math.round((n / total) * 1000) / 1000,
  }))
  const first = sentences.find((s) => s.speaker !== null && s.speaker !== '双方')
  return { first: first?.speaker ?? null, shares }
}

function side(doc: ReadoutDoc): ComparedSide {
  const sentences = sentencesOf(doc).map((s) => ({ ...s, formulations: [] as string[] }))
  let k = 0
  const hits = [...doc.phrases].filter((p) => p.category !== 'structure')
  hits.sort((x, y) => x.start - y.start)
  for (const s of sentences) {
    while (k < hits.length && hits[k]!.start < s.start) k++
    for (let j = k; j < hits.length && hits[j]!.start < s.end; j++) {
      if (!s.formulations.includes(hits[j]!.key)) s.formulations.push(hits[j]!.key)
    }
  }
  return {
    id: doc.id,
    title: doc.title,
    url: doc.url,
    outlet: doc.outlet,
    published: doc.published,
    event: doc.event,
    sentences,
  }
}

function unmatched(count: number, matched: Set<number>): number[] {
  const out: number[] = []
  for (let i = 0; i < count; i++) if (!matched.has(i)) out.push(i)
  return out
}

export function compare(a: ReadoutDoc, b: ReadoutDoc, opts: CompareOptions = {}): Comparison {
  const name = typeof opts.aligner === 'string' ? opts.aligner : opts.aligner ? 'custom' : 'content'
  const aligner = typeof opts.aligner === 'function' ? opts.aligner : ALIGNERS[name]
  if (!aligner) throw new Error(`unknown aligner "${name}"`)
  const sa = side(a)
  const sb = side(b)
  const aligned = aligner(sa.sentences, sb.sentences)
    .map((p) => ({
      ...p,
      identical:
        sa.sentences[p.a]!.text.replace(/\s/g, '') === sb.sentences[p.b]!.text.replace(/\s/g, ''),
    }))
    .sort((x, y) => x.a - y.a)
  const diff = diffFormulations(formulationsOf(a.phrases), formulationsOf(b.phrases), {
    before: foldedText(a),
    now: foldedText(b),
  })
  const families = opts.families ?? BUILT_IN_FAMILIES
  const variants = families.flatMap((f) => {
    const wa = familyUses(a, f).map((u) => u.variant)
    const wb = familyUses(b, f).map((u) => u.variant)
    const same = wa.length === wb.length && wa.every((v) => wb.includes(v))
    return same ? [] : [{ family: f.id, label: f.label, a: wa, b: wb }]
  })
  return {
    sameEvent: sameEvent(a, b),
    aligner: name,
    a: sa,
    b: sb,
    aligned,
    onlyA: unmatched(sa.sentences.length, new Set(aligned.map((p) => p.a))),
    onlyB: unmatched(sb.sentences.length, new Set(aligned.map((p) => p.b))),
    phrases: {
      added: diff.added.map((f) => cite(b, f)),
      dropped: diff.dropped.map((f) => cite(a, f)),
    },
    speakers: { a: speakerStats(sa.sentences), b: speakerStats(sb.sentences) },
    variants,
  }
}
