// Mapping failures to the one failure shape every caller shows (shared/messages.ts).
import type { ErrorCode, Failure } from './messages'
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

const fail = (code: ErrorCode, message: string): Failure => ({
  ok: false,
  error: { code, message },
})

export function toFailure(e: unknown): Failure {
  const message = e instanceof Error ? e.message : String(e)
  if (e instanceof StorageUnavailable) return fail('storage-unavailable', message)
  if (isQuota(e)) return fail('quota', 'Storage quota exceeded: nothing was changed.')
  if (e instanceof InvalidInput) return fail('invalid', message)
  const name = (e as { name?: string })?.name
  // Dexie reports an unusable database (deleted under us, blocked) with these names.
  if (name === 'DatabaseClosedError' || name === 'MissingAPIError' || name === 'InvalidStateError')
    return fail('storage-unavailable', message)
  return fail('internal', message)
}
