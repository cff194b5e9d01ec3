// Localised labels for kinds and categories (keys shared with the content script's panel).
import type { EventKind, PhraseCategory } from '../core/types'
import { t } from './ext'

const KIND_KEY: Record<EventKind, string> = {
  call: 'kindCall',
  video: 'kindVideo',
  talks: 'kindTalks',
  meeting: 'kindMeeting',
  other: 'kindOther',
}

const CATEGORY_KEY: Record<PhraseCategory, string> = {
  relationship: 'catRelationship',
  sovereignty: 'catSovereignty',
  'anti-interference': 'catAntiInterference',
  multilateral: 'catMultilateral',
  conflict: 'catConflict',
  economy: 'catEconomy',
  history: 'catHistory',
  'taiwan-hk-xinjiang': 'catTaiwanHkXinjiang',
  structure: 'catStructure',
  quoted: 'catQuoted',
  custom: 'catCustom',
}

export const kindLabel = (k: EventKind): string => t(KIND_KEY[k])
export const categoryLabel = (c: PhraseCategory): string => t(CATEGORY_KEY[c])
export const dateLabel = (d: string | null): string => d ?? t('undated')
