// "Import saved pages", one file: bytes → text (sites/source-bytes.ts) → Article (the site
// code, through `readSource`: here in Firefox's event page, in the offscreen document in
// Chromium) → build-index's rule (articleEvent) → the index, merged by event id with the same
// event from other outlets. Every failure of the file itself is a report; only a failing index
// (storage full, unavailable) throws, so the caller can stop and say so.
import { articleFromWire } from '../../core/analysis-wire'
import { IntakeError } from '../../core/intake'
import { articleEvent } from '../../core/index/build'
import type { IndexedEvent } from '../../core/types'
import { InvalidInput } from '../../shared/errors'
import {
  base64Bytes,
  MAX_SAVED_PAGE_BYTES,
  type EventRef,
  type SavedPageReport,
  type SourceRead,
} from '../../shared/saved-pages'
import { decodeSource } from '../../sites/source-bytes'
import { putImported } from '../archive/sink'
import type { Services } from '../services'

export type ReadSource = (text: string, name: string) => Promise<SourceRead>

function refOf(ev: IndexedEvent): EventRef {
  return {
    id: ev.id,
    date: ev.date,
    kind: ev.kind,
    counterpart: ev.counterpart?.name ?? null,
    title: ev.title,
  }
}

const unreadable = (
  reason: Extract<SavedPageReport, { result: 'unreadable' }>['reason'],
  detail: string,
): SavedPageReport => ({
  result: 'unreadable',
  reason,
  detail,
})

export async function importSavedPage(
  req: { name: string; data: string },
  svc: Services,
): Promise<SavedPageReport> {
  if (!svc.readSource) throw new InvalidInput('saved pages cannot be read here')
  const bytes = base64Bytes(req.data)
  if (!bytes) throw new InvalidInput('the file data is not base64')
  if (bytes.length > MAX_SAVED_PAGE_BYTES)
    return unreadable('too-large', `${req.name}: ${bytes.length} bytes`)
  let text: string
  try {
    text = decodeSource(bytes, req.name)
  } catch (e) {
    if (e instanceof IntakeError) return unreadable(e.code, e.message)
    throw e
  }
  const read = await svc.readSource(text, req.name)
  if ('error' in read) return unreadable(read.error.code, `${req.name}: ${read.error.message}`)
  const article = { ...articleFromWire(read.article), format: read.format }
  const { customPhrases } = await svc.settings()
  const found = articleEvent(article, 'imported', { extraPhrases: customPhrases })
  if ('reason' in found)
    return {
      result: 'not-readout',
      confidence: found.analysis.confidence,
      noEvent: found.analysis.isReadout,
    }
  const outcome = await putImported(await svc.db(), found.event)
  return {
    result: outcome === 'unchanged' ? 'duplicate' : outcome,
    event: refOf(found.event),
    outlet: article.outlet,
  }
}
