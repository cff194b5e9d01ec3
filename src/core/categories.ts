// Every phrase category. New ones go at the end: the index's catalog stores categories as
// bits by position. Display order is the palette's CATEGORY_ORDER.
import type { EventKind, PhraseCategory } from './types'

export const PHRASE_CATEGORIES: readonly PhraseCategory[] = [
  'relationship',
  'sovereignty',
  'anti-interference',
  'multilateral',
  'conflict',
  'economy',
  'history',
  'taiwan-hk-xinjiang',
  'structure',
  'quoted',
  'custom',
  'new',
  'coined',
]

/** Every event kind, in the order filters and the index's catalog use. */
export const EVENT_KINDS: readonly EventKind[] = ['call', 'video', 'talks', 'meeting', 'other']
