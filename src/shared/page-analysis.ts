// The background's answer to `annotate-page` and `read-event`, as one JSON string: the analysis without its
// text slices (core/analysis-wire.ts) and the paint plan, so the page only turns offsets into
// ranges. A string crosses the browser's messaging without being converted object by object,
// and JSON.parse is native: both matter on a page where every script runs cold.
import { analysisToWire, type AnalysisWire } from '../core/analysis-wire'
import type { Analysis } from '../core/types'
import { planPaint, type PaintPlan } from './paint/plan'

export interface PageAnalysis {
  analysis: AnalysisWire
  plan: PaintPlan
}

export function encodePageAnalysis(analysis: Analysis): string {
  const page: PageAnalysis = { analysis: analysisToWire(analysis), plan: planPaint(analysis) }
  return JSON.stringify(page)
}

const isArr = Array.isArray
/** Group kinds: each names a span table (content/paint/session.ts). */
const KINDS: ReadonlyArray<unknown> = ['speaker', 'phrase', 'mention']

/** Every offset pair in order and inside a text of `n` characters. */
function pairsFit(pairs: unknown[], n: number): boolean {
  if (pairs.length % 2 !== 0) return false
  for (let i = 0; i < pairs.length; i += 2) {
    const s = pairs[i]
    const e = pairs[i + 1]
    if (!Number.isInteger(s) || !Number.isInteger(e)) return false
    if ((s as number) < 0 || (e as number) < (s as number) || (e as number) > n) return false
  }
  return true
}

/**
 * The decoded answer, or null when it is not one (an older or broken background). With
 * `textLength`, also null when a span does not fit a text of that length (so the page paints
 * nothing of an answer about another text).
 */
export function decodePageAnalysis(json: string, textLength?: number): PageAnalysis | null {
  let v: unknown
  try {
    v = JSON.parse(json)
  } catch {
    return null
  }
  const p = v as Partial<PageAnalysis> | null
  const a = p?.analysis
  const plan = p?.plan
  if (!a || !plan || !isArr(a.strs) || !isArr(a.turns) || !isArr(a.phrases) || !isArr(a.mentions))
    return null
  const s = a.spans
  if (!s || !isArr(s.speaker) || !isArr(s.phrase) || !isArr(s.mention)) return null
  if (
    textLength !== undefined &&
    !(
      pairsFit(s.speaker, textLength) &&
      pairsFit(s.phrase, textLength) &&
      pairsFit(s.mention, textLength)
    )
  )
    return null
  if (!isArr(plan.speakers) || !isArr(plan.categories) || !isArr(plan.groups)) return null
  for (const g of plan.groups)
    if (typeof g?.name !== 'string' || !isArr(g.items) || !KINDS.includes(g.kind)) return null
  return p as PageAnalysis
}
