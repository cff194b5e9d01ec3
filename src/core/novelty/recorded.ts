// A page that is an indexed event lists what the whole-index recount recorded as first said
// there, not only what novelty finds live: the recount knows what later events said again
// (sign recursLater), a page read live does not. Pure: both the background and the CLI call it.
import type { FirstAppearance } from '../types'
import { isRule } from './candidates'
import { foldParagraphs, sourceRange } from './folded-doc'
import {
  occurrences,
  pickNovel,
  score,
  turnAt,
  type NovelFormulation,
  type NoveltyInput,
} from './novel'
import { isSign, MIN_SCORE } from './rules'

/**
 * `novel` with the recorded first appearances of `eventId` it lacks, at their first
 * occurrence in this readout (a recorded key the text no longer holds is left out), ranked
 * together as novelty ranks (one per key, no overlaps, at most MAX_NOVEL).
 */
export function withRecordedFirsts(
  input: NoveltyInput,
  novel: readonly NovelFormulation[],
  firsts: readonly FirstAppearance[],
  eventId: string | null | undefined,
): NovelFormulation[] {
  const have = new Set(novel.map((n) => n.key))
  const own = eventId ? firsts.filter((f) => f.eventId === eventId && !have.has(f.key)) : []
  if (own.length === 0) return [...novel]
  const doc = foldParagraphs(input.text, input.paragraphs ?? [{ start: 0, end: input.text.length }])
  const recorded: NovelFormulation[] = []
  for (const f of own) {
    const at = doc.text.indexOf(f.key)
    if (at < 0) continue
    const { start, end } = sourceRange(doc, at, at + f.key.length)
    // An imported index file's entries are data: unknown rule or sign names are dropped.
    const signs = Array.isArray(f.signs) ? f.signs.filter(isSign) : []
    recorded.push({
      text: input.text.slice(start, end),
      key: f.key,
      start,
      end,
      speaker: turnAt(input.turns, start)?.speaker ?? null,
      rule: isRule(f.rule) ? f.rule : 'headed',
      signs,
      // Entries written before signs were recorded were listed: they reached the bar.
      score: signs.length ? score(signs) : MIN_SCORE,
      occurrences: occurrences(doc, f.key),
    })
  }
  return pickNovel([...novel, ...recorded])
}
