// The panel's sections (shared/panel/sections.ts), each computed by one function from the
// index, all in the request that analyses the page: the page asks once and gets them all.
// To add a section, register its builder in SECTIONS.
import { eventIdFor } from '../core/index/event-id'
import type { Analysis, Article } from '../core/types'
import type { PageNovelty } from './novelty'
import type { LensDb } from '../shared/db/schema'
import type { EventRef, PanelIndex, PanelSections } from '../shared/panel/sections'
import { toFailure } from '../shared/errors'
import { phraseStats } from './phrase-stats'
import { relatedFor } from './related'
import { otherSides } from './other-side'
import { sinceLastFor } from './since-last'
import type { VariantFamily } from '../core/compare'

export interface SectionContext {
  db: LensDb
  /** The page's text (offsets of the analysis point into it). */
  article: Article
  analysis: Analysis
  /** The page's own event id (null when the page names no event). */
  eventId: string | null
  /** Whether the page was saved into the index by this request. */
  saved: boolean
  /** The user's variant families (settings), added to the built-in ones. */
  families?: readonly VariantFamily[]
  /** What novelty found (already merged into the analysis's phrases), when it ran. */
  novelty?: PageNovelty
}

type Builder<K extends keyof PanelSections> = (
  ctx: SectionContext,
) => Promise<PanelSections[K] | undefined>

/** The link of each indexed event among `ids` (its first http(s) source), null when not indexed. */
async function refsOf(db: LensDb, ids: string[]): Promise<Map<string, EventRef | null>> {
  const unique = [...new Set(ids)]
  const rows = await db.events.bulkGet(unique)
  const out = new Map<string, EventRef | null>()
  unique.forEach((id, i) => {
    const row = rows[i]
    const url = row?.sources.map((s) => s.url).find((u) => !!u && /^https?:\/\//i.test(u)) ?? null
    out.set(id, row ? { id, url } : null)
  })
  return out
}

export const SECTIONS: { [K in keyof PanelSections]-?: Builder<K> } = {
  async otherSide({ db, article, analysis, eventId }) {
    const views = await otherSides(db, { article, analysis }, eventId)
    return views.length > 0 ? { views } : undefined
  },

  async event({ db, eventId, saved }) {
    if (!eventId) return undefined
    const row = await db.events.get(eventId)
    return row ? { id: eventId, saved, sources: row.sources } : undefined
  },

  async phrases({ db, analysis, eventId }) {
    const keys = [...new Set(analysis.phrases.map((p) => p.key))]
    const r = await phraseStats(db, keys, eventId ?? undefined)
    return { stats: Object.fromEntries(r.stats.map((s) => [s.key, s])), total: r.total }
  },

  async related({ db, analysis }) {
    const { related } = await relatedFor(db, analysis)
    const refs = await refsOf(
      db,
      related.map((r) => r.id),
    )
    return {
      calls: related.map((r) => ({
        id: r.id,
        url: refs.get(r.id)?.url ?? null,
        date: r.date,
        kind: r.kind,
        title: r.title,
        score: r.score,
        reasons: r.reasons,
      })),
    }
  },

  async novelty({ novelty }) {
    if (!novelty) return undefined
    const firsts = Object.fromEntries(novelty.firstSeen.map((s) => [s.first.key, s.first]))
    return { earlier: novelty.earlier, firsts }
  },

  async mentions({ db, analysis }) {
    if (analysis.mentions.length === 0) return undefined
    // A mention names an event with the page's counterpart on its date.
    const counterpart = analysis.event?.counterpart ?? null
    const ids = analysis.mentions.map((m) =>
      m.date
        ? eventIdFor({
            date: m.date,
            kind: m.kind,
            participants: [],
            counterpart,
            requestedBy: null,
            place: null,
          })
        : null,
    )
    const refs = await refsOf(
      db,
      ids.filter((id): id is string => id !== null),
    )
    return { events: ids.map((id) => (id ? (refs.get(id) ?? null) : null)) }
  },

  async since({ db, analysis, families }) {
    return sinceLastFor(db, analysis, families ?? [])
  },
}

/** Every section for a page; an unreadable index is one failure for the whole panel. */
export async function panelIndex(ctx: SectionContext): Promise<PanelIndex> {
  try {
    const sections: PanelSections = {}
    const names = Object.keys(SECTIONS) as Array<keyof PanelSections>
    const built = await Promise.all(
      names.map((name) => (SECTIONS[name] as Builder<typeof name>)(ctx)),
    )
    names.forEach((name, i) => {
      if (built[i] !== undefined) (sections as Record<string, unknown>)[name] = built[i]
    })
    return { ok: true, eventId: ctx.eventId, sections }
  } catch (e) {
    return toFailure(e)
  }
}
