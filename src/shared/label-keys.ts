// _locales message keys for event kinds and phrase categories, shared by the panel and the popup.
import type { EventKind, PhraseCategory } from '../core/types'

export const KIND_KEY: Record<EventKind, string> = {
  call: 'kindCall',
  video: 'kindVideo',
  talks: 'kindTalks',
  meeting: 'kindMeeting',
  other: 'kindOther',
}

export const CATEGORY_KEY: Record<PhraseCategory, string> = {
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
  new: 'catNew',
  coined: 'catCoined',
}
