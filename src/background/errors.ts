// Mapping failures to the ErrorResponse every caller shows.
import type { ErrorResponse } from '../shared/messages'
import { StorageUnavailable } from './db/open'

export class InvalidInput extends Error {
  override name = 'InvalidInput'
}

function isQuota(e: unknown): boolean {
  let cur: unknown = e
  for (let depth = 0; cur && depth < 5; depth++) {
    const err = cur as { name?: string; message?: string; inner?: unknown; cause?: unknown }
    if (err.name === 'QuotaExceededError' || /quota/i.test(err.message ?? '')) return true
    cur = err.inner ?? err.cause
  }
  return false
}

export function toErrorResponse(e: unknown): ErrorResponse {
  const message = e instanceof Error ? e.message : String(e)
  if (e instanceof StorageUnavailable) return { ok: false, error: 'storage-unavailable', message }
  if (isQuota(e))
    return { ok: false, error: 'quota', message: 'Storage quota exceeded: nothing was changed.' }
  if (e instanceof InvalidInput) return { ok: false, error: 'invalid', message }
  const name = (e as { name?: string })?.name
  // Dexie reports an unusable database (deleted under us, blocked) with these names.
  if (
    name === 'DatabaseClosedError' ||
    name === 'MissingAPIError' ||
    name === 'InvalidStateError'
  ) {
    return { ok: false, error: 'storage-unavailable', message }
  }
  return { ok: false, error: 'internal', message }
}
