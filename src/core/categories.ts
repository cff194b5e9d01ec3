// Every phrase category, in the order the panel, popup and options show them.
import type { PhraseCategory } from './types'

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
