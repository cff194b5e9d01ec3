// Export the whole index as a CorpusIndex JSON file, and import one back. An imported file is
// untrusted: it is parsed and checked completely (schema, sizes, every event's fields and
// offsets) before anything is written, then written in ONE transaction — a bad file or a full
// disk leaves the index exactly as it was.
import type { CorpusIndex, IndexedEvent } from '../../core/types'
import type { LensDb } from '../db/schema'
import { isCounterpart, isKind, isMentionList, isPhraseList, isTurnList } from '../message-checks'
import { addFirsts, firstsProblem, firstsStale, markFirstsStale, readFirsts } from './firsts'
import { allTables, readAllEvents, writeEvents, type WriteResult } from './write'

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024
export const MAX_IMPORT_EVENTS = 100_000
export const MAX_EVENT_TEXT = 2_000_000

export async function exportIndex(
  db: LensDb,
  builtAt = new Date().toISOString(),
): Promise<CorpusIndex> {
  // Search grams are left out: import recomputes them from the text anyway, and they are about
  // 40 % of the file — with them a 10,000-event index exceeded MAX_IMPORT_BYTES and could not
  // be imported back.
  const events = (await readAllEvents(db)).map((e) => ({ ...e, grams: [] }))
  // Not while a recount is due: a file's firsts are taken as they are when imported.
  const firsts = (await firstsStale(db)) ? null : await readFirsts(db)
  return {
    format: 'readout-lens-index',
    version: 1,
    builtAt,
    events,
    ...(firsts ? { firsts } : {}),
  }
}

export function exportJson(index: CorpusIndex): string {
  return JSON.stringify(index)
}

export type ImportCheck = { ok: true; index: CorpusIndex } | { ok: false; message: string }

const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)
const strOrNull = (v: unknown, max: number) =>
  v === null || (typeof v === 'string' && v.length <= max)
const dateOrNull = (v: unknown) =>
  v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))

/** What is wrong with one event, or null when it is fine. */
export function eventProblem(e: unknown): string | null {
  if (!isObj(e)) return 'is not an object'
  if (typeof e.id !== 'string' || e.id.length === 0 || e.id.length > 500)
    return '"id" must be a non-empty string'
  if (!dateOrNull(e.date)) return '"date" must be YYYY-MM-DD or null'
  if (!isKind(e.kind)) return '"kind" must be call, video, talks, meeting or other'
  if (typeof e.title !== 'string' || e.title.length > 2000) return '"title" must be a string'
  if (!isCounterpart(e.counterpart)) return '"counterpart" must be {name, country, title} or null'
  if (
    !Array.isArray(e.participants) ||
    !e.participants.every((p) => typeof p === 'string' && p.length <= 200)
  )
    return '"participants" must be a list of names'
  if (!strOrNull(e.requestedBy, 200)) return '"requestedBy" must be a string or null'
  if (!strOrNull(e.place, 500)) return '"place" must be a string or null'
  if (
    !Array.isArray(e.sources) ||
    e.sources.length > 1000 ||
    !e.sources.every(
      (s) =>
        isObj(s) &&
        strOrNull(s.url, 8000) &&
        (s.url === null || /^https?:\/\//.test(s.url as string)) &&
        strOrNull(s.outlet, 500) &&
        typeof s.title === 'string' &&
        s.title.length <= 2000 &&
        dateOrNull(s.published),
    )
  )
    return '"sources" must be a list of {url (http/https or null), outlet, title, published}'
  if (typeof e.text !== 'string') return '"text" must be a string'
  if (e.text.length > MAX_EVENT_TEXT) return `"text" is longer than ${MAX_EVENT_TEXT} characters`
  if (!isTurnList(e.turns)) return '"turns" must be a list of {speaker, verb, text, start, end}'
  if (!isPhraseList(e.phrases))
    return '"phrases" must be a list of {text, key, category, start, end}'
  if (!isMentionList(e.mentions))
    return '"mentions" must be a list of {date, kind, text, start, end}'
  const text = e.text
  for (const field of ['turns', 'phrases', 'mentions'] as const) {
    for (const item of e[field] as Array<{ start: number; end: number; text: string }>) {
      if (item.end > text.length || text.slice(item.start, item.end) !== item.text)
        return `"${field}" has a range that does not match the text (${item.start}–${item.end})`
    }
  }
  if (e.origin !== 'built-in' && e.origin !== 'visited' && e.origin !== 'imported')
    return '"origin" must be built-in, visited or imported'
  if (!Array.isArray(e.grams) || !e.grams.every((g) => Number.isInteger(g) && g >= 0))
    return '"grams" must be a list of integers'
  if (e.language !== undefined && e.language !== 'en') return '"language" must be "en" or absent'
  if (e.sides !== undefined) return checkSides(e.sides)
  return null
}

/** The other side's English readouts (core/pairing/attach.ts): each a text with its turns. */
function checkSides(sides: unknown): string | null {
  if (!Array.isArray(sides) || sides.length > 20) return '"sides" must be a short list'
  for (const s of sides) {
    if (!isObj(s) || s.language !== 'en') return '"sides" entries must have language "en"'
    const src = s.source
    if (!isObj(src) || typeof src.title !== 'string' || !strOrNull(src.url, 8000))
      return '"sides" entries need a source {url, outlet, title, published}'
    if (src.url !== null && !/^https?:\/\//.test(src.url as string))
      return '"sides" source urls must be http/https'
    if (typeof s.text !== 'string' || s.text.length > MAX_EVENT_TEXT)
      return '"sides" text must be a string'
    if (!dateOrNull(s.date) || !isKind(s.kind) || !strOrNull(s.requestedBy, 200))
      return '"sides" entries need date, kind and requestedBy'
    if (!isTurnList(s.turns))
      return '"sides" turns must be a list of {speaker, verb, text, start, end}'
    for (const t of s.turns as Array<{ start: number; end: number; text: string }>)
      if (t.end > s.text.length || s.text.slice(t.start, t.end) !== t.text)
        return '"sides" has a turn that does not match its text'
  }
  return null
}

/** Parse and check a file's text. Sizes are checked before parsing. */
export function checkImport(json: string, byteLength = json.length * 2): ImportCheck {
  if (byteLength > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: `The file is too large (${Math.round(byteLength / 1048576)} MB; at most ${MAX_IMPORT_BYTES / 1048576} MB).`,
    }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    return {
      ok: false,
      message: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}); it may be truncated.`,
    }
  }
  if (!isObj(data))
    return {
      ok: false,
      message: 'The file does not hold a Readout Lens index (not a JSON object).',
    }
  if (data.format !== 'readout-lens-index')
    return {
      ok: false,
      message:
        'The file does not hold a Readout Lens index ("format" is not "readout-lens-index").',
    }
  if (data.version !== 1)
    return {
      ok: false,
      message: `Unsupported index version ${JSON.stringify(data.version)} (this version reads version 1).`,
    }
  if (typeof data.builtAt !== 'string') return { ok: false, message: '"builtAt" is missing.' }
  if (!Array.isArray(data.events))
    return { ok: false, message: '"events" is missing or not a list.' }
  if (data.events.length > MAX_IMPORT_EVENTS)
    return {
      ok: false,
      message: `Too many events (${data.events.length}; at most ${MAX_IMPORT_EVENTS}).`,
    }
  for (let i = 0; i < data.events.length; i++) {
    const problem = eventProblem(data.events[i])
    if (problem) {
      const id =
        isObj(data.events[i]) && typeof data.events[i].id === 'string'
          ? ` (${String(data.events[i].id).slice(0, 60)})`
          : ''
      return { ok: false, message: `Event ${i + 1}${id}: ${problem}. Nothing was imported.` }
    }
  }
  const firsts = firstsProblem(data.firsts)
  if (firsts) return { ok: false, message: `${firsts}. Nothing was imported.` }
  return { ok: true, index: data as unknown as CorpusIndex }
}

/**
 * Write a checked index in one transaction (merging events that are already stored). Its
 * first appearances (build-index records them) join the store; a file without them leaves
 * the store to be recounted by the background.
 */
export async function importIndex(db: LensDb, index: CorpusIndex): Promise<WriteResult> {
  const events: IndexedEvent[] = index.events
  return db.transaction('rw', allTables(db), async () => {
    const r = await writeEvents(db, events, { mode: 'bulk', trustGrams: false })
    if (index.firsts) await addFirsts(db, index.firsts)
    else if (r.added + r.updated > 0) await markFirstsStale(db)
    return r
  })
}
