// What travels between the content script and the background when the page is analysed there:
// the article without its paragraphs' copies of the text, and the analysis without the turns',
// phrases' and mentions' copies (every `text` field is a slice of `article.text` at its
// offsets, types.ts, so the receiver rebuilds them exactly) and in a compact form.
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
 * Turns and phrases as flat numbers (four per item) with their strings in one table: a
 * 200,000-character readout has ~8,000 of them, and as objects they were three quarters of
 * the answer's size.
 */
export interface AnalysisWire extends Omit<Analysis, 'turns' | 'phrases' | 'mentions'> {
  strs: string[]
  /** speaker, verb (indexes into strs, -1 for null), start, end — per turn. */
  turns: number[]
  /** key, category (indexes into strs), start, end — per phrase. */
  phrases: number[]
  mentions: Array<Omit<Mention, 'text'>>
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

export function analysisToWire(a: Analysis): AnalysisWire {
  const strs: string[] = []
  const index = new Map<string, number>()
  const ref = (v: string | null): number => {
    if (v === null) return -1
    let i = index.get(v)
    if (i === undefined) {
      i = strs.length
      strs.push(v)
      index.set(v, i)
    }
    return i
  }
  const turns: number[] = []
  for (const t of a.turns) turns.push(ref(t.speaker), ref(t.verb), t.start, t.end)
  const phrases: number[] = []
  for (const p of a.phrases) phrases.push(ref(p.key), ref(p.category), p.start, p.end)
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
    phrases,
    mentions: a.mentions.map(({ text: _t, ...m }) => m),
  }
}

/** [start, end] pairs of the wire's turns, phrases and mentions (what painting reads). */
export function wireSpans(w: AnalysisWire): {
  speaker: Int32Array
  phrase: Int32Array
  mention: Int32Array
} {
  const every4 = (flat: readonly number[]) => {
    const out = new Int32Array(flat.length / 2)
    for (let i = 0, o = 0; i + 3 < flat.length; i += 4, o += 2) {
      out[o] = flat[i + 2]!
      out[o + 1] = flat[i + 3]!
    }
    return out
  }
  const mention = new Int32Array(w.mentions.length * 2)
  w.mentions.forEach((m, i) => {
    mention[2 * i] = m.start
    mention[2 * i + 1] = m.end
  })
  return { speaker: every4(w.turns), phrase: every4(w.phrases), mention }
}

/** The analysis of `text` back with its slices; null when the wire does not fit the text. */
export function analysisFromWire(w: AnalysisWire, text: string): Analysis | null {
  const n = text.length
  const str = (i: number | undefined): string | null | undefined =>
    i === -1 ? null : i !== undefined && i >= 0 && i < w.strs.length ? w.strs[i] : undefined
  const span = (s: number | undefined, e: number | undefined): s is number =>
    Number.isInteger(s) && Number.isInteger(e) && s! >= 0 && e! >= s! && e! <= n
  if (w.turns.length % 4 !== 0 || w.phrases.length % 4 !== 0) return null
  const turns: Turn[] = []
  for (let i = 0; i < w.turns.length; i += 4) {
    const speaker = str(w.turns[i])
    const verb = str(w.turns[i + 1])
    const start = w.turns[i + 2]
    const end = w.turns[i + 3]
    if (speaker === undefined || verb === undefined || !span(start, end)) return null
    turns.push({ speaker, verb, text: text.slice(start, end), start, end: end! })
  }
  const phrases: PhraseHit[] = []
  for (let i = 0; i < w.phrases.length; i += 4) {
    const key = str(w.phrases[i])
    const category = str(w.phrases[i + 1]) as PhraseCategory | null | undefined
    const start = w.phrases[i + 2]
    const end = w.phrases[i + 3]
    if (!key || !category || !span(start, end)) return null
    phrases.push({ key, category, text: text.slice(start, end), start, end: end! })
  }
  const mentions: Mention[] = []
  for (const m of w.mentions) {
    if (!span(m.start, m.end)) return null
    mentions.push({ ...m, text: text.slice(m.start, m.end) })
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
