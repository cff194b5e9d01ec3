// What each side says about who asked for the call: Chinese readouts write 应约 ("at the
// other side's request") in the event line; English ones `at the latter's request`, `at the
// initiative of the Chinese side`, or — the White House's habit — nothing at all.
import { REQUEST_RULES } from '../en/event'
import type { Analysis } from '../types'

export interface RequestClaim {
  /** Canonical name of the leader this side says asked, null when it does not say. */
  requestedBy: string | null
  /** The words that say it (`应约`, `at the latter's request`), null when silent. */
  evidence: string | null
}

/** How far into the text the request is looked for: it sits in the event line. */
const SCAN = 2_000
const ZH_REQUEST = /应约|應約/

export function requestClaim(analysis: Analysis, text: string): RequestClaim {
  const requestedBy = analysis.event?.requestedBy ?? null
  if (!requestedBy) return { requestedBy: null, evidence: null }
  const head = text.slice(0, SCAN)
  if (analysis.language === 'en') {
    for (const re of Object.values(REQUEST_RULES)) {
      const m = re.exec(head)
      if (m) return { requestedBy, evidence: m[0] }
    }
    return { requestedBy, evidence: null }
  }
  return { requestedBy, evidence: ZH_REQUEST.exec(head)?.[0] ?? null }
}
