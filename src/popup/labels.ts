// Localised labels for kinds and categories (keys shared with the content script's panel).
import type { EventKind, PhraseCategory } from '../core/types'
import { CATEGORY_KEY, KIND_KEY } from '../shared/label-keys'
import { t } from './ext'

export const kindLabel = (k: EventKind): string => t(KIND_KEY[k])
export const categoryLabel = (c: PhraseCategory): string => t(CATEGORY_KEY[c])
export const dateLabel = (d: string | null): string => d ?? t('undated')
