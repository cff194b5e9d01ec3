// UI strings from _locales (the browser picks en or zh_CN by its UI language).
import type { EventKind, PhraseCategory } from '../core/types'
import { CATEGORY_KEY, KIND_KEY } from '../shared/label-keys'
import { extApi } from './ext'

/** The message for `key`, or the key itself outside an extension (unit tests). */
export function t(key: string, ...subs: Array<string | number>): string {
  try {
    const msg = extApi()?.i18n.getMessage(key, subs.map(String))
    if (msg) return msg
  } catch {
    // Context invalidated: fall through.
  }
  return subs.length ? `${key}(${subs.join(', ')})` : key
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

/** Display name of a speaker: canonical names stay as they are; the joint speaker is translated. */
export function speakerLabel(speaker: string | null): string {
  if (speaker == null) return t('speakerNarration')
  if (speaker === '双方') return t('speakerBoth')
  return speaker
}
