// UI strings from public/_locales (the browser picks en or zh_CN by its UI language), for
// every context.
import type { EventKind, PhraseCategory, RelatedReason } from '../core/types'
import type { LensError } from './messages'
import { extApi } from './ext'
import { CATEGORY_KEY, KIND_KEY } from './label-keys'

/**
 * Strings never change while the page lives: those without substitutions or with numbers only
 * (labels, counts — a list of results asks for the same ones again and again) are looked up
 * once each.
 */
const looked = new Map<string, string>()

/** The message for `key`, or the key itself outside an extension (unit tests). */
export function t(key: string, ...subs: Array<string | number>): string {
  const cacheable = subs.every((s) => typeof s === 'number')
  const id = cacheable ? (subs.length ? `${key}\u0001${subs.join('\u0001')}` : key) : null
  const known = id === null ? undefined : looked.get(id)
  if (known !== undefined) return known
  let msg = ''
  try {
    msg = extApi()?.i18n.getMessage(key, subs.map(String)) ?? ''
  } catch {
    // Context invalidated: fall through.
  }
  if (!msg) return subs.length ? `${key}(${subs.join(', ')})` : key
  if (id !== null) looked.set(id, msg)
  return msg
}

export function uiLanguage(): string {
  try {
    return extApi()?.i18n.getUILanguage() ?? 'en'
  } catch {
    return 'en'
  }
}

export const kindLabel = (k: EventKind): string => t(KIND_KEY[k])
export const categoryLabel = (c: PhraseCategory): string => t(CATEGORY_KEY[c])
export const dateLabel = (d: string | null): string => d ?? t('undated')

/** Display name of a speaker: canonical names stay as they are; the joint speaker is translated. */
export function speakerLabel(speaker: string | null): string {
  if (speaker == null) return t('speakerNarration')
  if (speaker === '双方') return t('speakerBoth')
  return speaker
}

const ERROR_KEYS = {
  panel: { unavailable: 'storageUnavailable', quota: 'indexQuota', other: 'indexError' },
  popup: { unavailable: 'popupStorageUnavailable', quota: 'popupQuota', other: 'popupError' },
  options: {
    unavailable: 'optionsStorageUnavailable',
    quota: 'optionsQuota',
    other: 'optionsError',
  },
} as const

/**
 * A failure of the message layer in the UI language, with the context's own wording (panel,
 * popup, options). Storage full and storage unavailable have their own message everywhere.
 */
export function errorText(where: keyof typeof ERROR_KEYS, e: LensError): string {
  const keys = ERROR_KEYS[where]
  if (e.code === 'storage-unavailable') return t(keys.unavailable)
  if (e.code === 'quota') return t(keys.quota)
  return t(keys.other, e.message)
}

const quoted = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s)

/** Why a call is related, in the UI language (core words it in English for the CLI). */
export function reasonText(r: RelatedReason): string {
  switch (r.kind) {
    case 'mentioned':
      return t(r.exact ? 'reasonMentioned' : 'reasonDateMentioned', quoted(r.text))
    case 'previous-with-counterpart':
      return t('reasonPreviousWith', r.counterpart)
    case 'same-counterpart':
      return t('reasonSameCounterpart', r.counterpart)
    case 'shared-phrases': {
      const examples = r.phrases.join(t('listSeparator')) + (r.count > r.phrases.length ? '…' : '')
      return t(
        r.count === 1 ? 'reasonSharedPhrase' : 'reasonSharedPhrases',
        String(r.count),
        examples,
      )
    }
    case 'gap':
      if (r.days < 1) return t('reasonSameDay')
      if (r.days < 45) return t(r.days === 1 ? 'reasonDayEarlier' : 'reasonDaysEarlier', r.days)
      if (r.days < 540) return t('reasonMonthsEarlier', Math.round(r.days / 30.44))
      return t('reasonYearsEarlier', (r.days / 365.25).toFixed(1))
    case 'undated':
      return t('reasonUndated')
  }
}

export function formatBytes(n: number | null): string {
  if (n === null) return '?'
  if (n < 1024) return `${n} B`
  if (n < 1048576) return `${(n / 1024).toFixed(0)} KB`
  return `${(n / 1048576).toFixed(1)} MB`
}
