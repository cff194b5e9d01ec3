// What travels between the content script and the background when the page is analysed there:
// the article without its paragraphs' copies of the text, and the analysis without the turns',
// phrases' and mentions' copies (every `text` field is a slice of `article.text` at its
// offsets, types.ts, so the receiver rebuilds them exactly) and in a compact form.
import { ATTRIBUTION_RULES, type AttributionRule } from './attribution-rules'
import type { Analysis, Article, Mention, PhraseCategory, PhraseHit, Turn } from './types'

export interface ArticleWire {
  title: string
  published: string | null
  outlet: string | null
  url: string | null
  site?: string
  text: string
  /** [start, end] of each paragraph, flattened. */
  bounds: number[]
}

/**
 * Turns and phrases as flat numbers with their strings in one table, and every offset pair in
 * one flat list per kind: a 200,000-character readout has ~8,000 spans, and as objects they
 * were three quarters of the answer's size. The page turns `spans` into typed arrays with one
 * native call each and paints from them.
 */
export interface AnalysisWire extends Omit<Analysis, 'turns' | 'phrases' | 'mentions'> {
  strs: string[]
  /** speaker, verb (indexes into strs, -1 for null) — per turn. */
  turns: number[]
  /** The attribution rule of each turn (index into strs, -1 when unknown). */
  rules: number[]
  /** key, category (indexes into strs) — per phrase. */
  phrases: number[]
  mentions: Array<Omit<Mention, 'text' | 'start' | 'end'>>
  /** [start, end] of each turn, phrase and mention, flattened. */
  spans: { speaker: number[]; phrase: number[]; mention: number[] }
}

export function articleToWire(a: Article): ArticleWire {
  const bounds = new Array<number>(a.paragraphs.length * 2)
  a.paragraphs.forEach((p, i) => {
    bounds[2 * i] = p.start
    bounds[2 * i + 1] = p.end
  })
  return {
    title: a.title,
    published: a.published,
    outlet: a.outlet,
    url: a.url,
    ...(a.site !== undefined ? { site: a.site } : {}),
    text: a.text,
    bounds,
  }
}

/** Paragraph bounds are in order, inside the text and non-overlapping (checked by the receiver). */
export function boundsValid(text: string, bounds: readonly unknown[]): boolean {
  if (bounds.length % 2 !== 0) return false
  let last = 0
  for (let i = 0; i < bounds.length; i += 2) {
    const s = bounds[i]
    const e = bounds[i + 1]
    if (!Number.isInteger(s) || !Number.isInteger(e)) return false
    if ((s as number) < last || (e as number) < (s as number) || (e as number) > text.length)
      return false
    last = e as number
  }
  return true
}

export function articleFromWire(w: ArticleWire): Article {
  const paragraphs = []
  for (let i = 0; i < w.bounds.length; i += 2) {
    const start = w.bounds[i]!
    const end = w.bounds[i + 1]!
    paragraphs.push({ text: w.text.slice(start, end), start, end })
  }
  return {
    title: w.title,
    published: w.published,
    outlet: w.outlet,
    url: w.url,
    text: w.text,
    paragraphs,
    format: 'dom',
    ...(w.site !== undefined ? { site: w.site } : {}),
  }
}

/** A string table: `ref(s)` is the index of `s` in `strs` (added on first use), -1 for null. */
export function stringTable(): { strs: string[]; ref(v: string | null): number } {
  const strs: string[] = []
  const index = new Map<string, number>()
  return {
    strs,
    ref(v) {
      if (v === null) return -1
      let i = index.get(v)
      if (i === undefined) {
        i = strs.length
        strs.push(v)
        index.set(v, i)
      }
      return i
    },
  }
}

export function analysisToWire(a: Analysis): AnalysisWire {
  const { strs, ref } = stringTable()
  const pairs = (items: ReadonlyArray<{ start: number; end: number }>): number[] =>
    items.flatMap((it) => [it.start, it.end])
  const turns: number[] = []
  const rules: number[] = []
  for (const t of a.turns) {
    turns.push(ref(t.speaker), ref(t.verb))
    rules.push(ref(t.rule ?? null))
  }
  const phrases: number[] = []
  for (const p of a.phrases) phrases.push(ref(p.key), ref(p.category))
  return {
    isReadout: a.isReadout,
    confidence: a.confidence,
    title: a.title,
    published: a.published,
    outlet: a.outlet,
    url: a.url,
    event: a.event,
    strs,
    turns,
    rules,
    phrases,
    mentions: a.mentions.map((m) => ({ date: m.date, kind: m.kind })),
    spans: { speaker: pairs(a.turns), phrase: pairs(a.phrases), mention: pairs(a.mentions) },
  }
}

/** The wire's offset pairs as typed arrays (what painting reads). */
export function wireSpans(w: AnalysisWire): {
  speaker: Int32Array
  phrase: Int32Array
  mention: Int32Array
} {
  return {
    speaker: new Int32Array(w.spans.speaker),
    phrase: new Int32Array(w.spans.phrase),
    mention: new Int32Array(w.spans.mention),
  }
}

/** The analysis of `text` back with its slices; null when the wire does not fit the text. */
export function analysisFromWire(w: AnalysisWire, text: string): Analysis | null {
  const n = text.length
  const { speaker, phrase, mention } = w.spans
  if (
    speaker.length !== w.turns.length ||
    !Array.isArray(w.rules) ||
    w.rules.length * 2 !== w.turns.length ||
    phrase.length !== w.phrases.length ||
    mention.length !== w.mentions.length * 2
  )
    return null
  const str = (i: number | undefined): string | null | undefined =>
    i === -1 ? null : i !== undefined && i >= 0 && i < w.strs.length ? w.strs[i] : undefined
  const span = (pairs: number[], i: number): [number, number] | null => {
    const s = pairs[2 * i]
    const e = pairs[2 * i + 1]
    return Number.isInteger(s) && Number.isInteger(e) && s! >= 0 && e! >= s! && e! <= n
      ? [s!, e!]
      : null
  }
  const turns: Turn[] = []
  for (let i = 0; i < w.turns.length / 2; i++) {
    const who = str(w.turns[2 * i])
    const verb = str(w.turns[2 * i + 1])
    const rule = str(w.rules[i])
    const at = span(speaker, i)
    if (who === undefined || verb === undefined || rule === undefined || !at) return null
    if (rule !== null && !(rule in ATTRIBUTION_RULES)) return null
    const turn: Turn = {
      speaker: who,
      verb,
      text: text.slice(at[0], at[1]),
      start: at[0],
      end: at[1],
    }
    if (rule !== null) turn.rule = rule as AttributionRule
    turns.push(turn)
  }
  const phrases: PhraseHit[] = []
  for (let i = 0; i < w.phrases.length / 2; i++) {
    const key = str(w.phrases[2 * i])
    const category = str(w.phrases[2 * i + 1]) as PhraseCategory | null | undefined
    const at = span(phrase, i)
    if (!key || !category || !at) return null
    phrases.push({ text: text.slice(at[0], at[1]), key, category, start: at[0], end: at[1] })
  }
  const mentions: Mention[] = []
  for (let i = 0; i < w.mentions.length; i++) {
    const m = w.mentions[i]!
    const at = span(mention, i)
    if (!at) return null
    mentions.push({
      date: m.date,
      kind: m.kind,
      text: text.slice(at[0], at[1]),
      start: at[0],
      end: at[1],
    })
  }
  return {
    isReadout: w.isReadout,
    confidence: w.confidence,
    title: w.title,
    published: w.published,
    outlet: w.outlet,
    url: w.url,
    event: w.event,
    turns,
    phrases,
    mentions,
  }
}
