// What one side says about who asked for the call, in the UI language (panel and compare view).
import type { RequestClaim } from '../core/pairing/requests'
import { speakerLabel, t } from './i18n'

export function requestClaimText(c: RequestClaim): string {
  return c.requestedBy
    ? t('askedBy', speakerLabel(c.requestedBy), c.evidence ?? '—')
    : t('askedNotStated')
}
