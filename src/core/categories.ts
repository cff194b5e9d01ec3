// Every phrase category, in the order the panel, popup and options show them.
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
]

/** Every event kind, in the order filters and the index's catalog use. */
export const EVENT_KINDS: readonly EventKind[] = ['call', 'video', 'talks', 'meeting', 'other']
