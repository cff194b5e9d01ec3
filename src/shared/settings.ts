// User settings shared by the options page (writes), the background (saveVisited) and the
// content script (highlights, colours, custom phrases). Stored in `browser.storage.local` under
// SETTINGS_KEY. Pure TypeScript (no extension API, no Preact) so every bundle can import it.
//
// Readers must go through `parseSettings`: the stored value may come from an older version or
// be missing; unknown or malformed fields fall back to the defaults.
import { PHRASE_CATEGORIES } from '../core/categories'
import { checkUserFamilies, type VariantFamily } from '../core/compare/families'
import type { LexiconEntry, PhraseCategory } from '../core/types'

export const SETTINGS_KEY = 'readoutLens.settings'

/** Re-exported: the options page, background and content script read the list from here. */
export { PHRASE_CATEGORIES }

/**
 * Colour-blind-safe palettes (Okabe & Ito 2008; Paul Tol's "bright" and "vibrant" sets).
 * Speakers take the colours in order; phrase categories may pick any swatch of the palette.
 */
export const PALETTES = {
  'okabe-ito': ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'],
  'tol-bright': ['#4477AA', '#EE6677', '#228833', '#AA3377', '#CCBB44', '#66CCEE', '#BBBBBB'],
  'tol-vibrant': ['#0077BB', '#CC3311', '#009988', '#EE3377', '#EE7733', '#33BBEE', '#BBBBBB'],
} as const satisfies Record<string, readonly string[]>

export type PaletteId = keyof typeof PALETTES

export interface LensSettings {
  version: 1
  /** Save readouts the user visits into the local index (default on). */
  saveVisited: boolean
  /** Paint speaker turns. */
  speakers: boolean
  /** Paint phrases of each category. */
  categories: Record<PhraseCategory, boolean>
  /** Palette for speakers (and the swatches offered for categories). */
  palette: PaletteId
  /** Per-category colour override (a swatch of some palette, `#RRGGBB`); absent = built-in style. */
  categoryColors: Partial<Record<PhraseCategory, string>>
  /** The user's own phrases; passed to `analyze(article, { extraPhrases })` by the content script. */
  customPhrases: LexiconEntry[]
  /** The user's variant families (competing wordings), added to the built-in ones (core/compare). */
  variantFamilies: VariantFamily[]
}

export const MAX_CUSTOM_PHRASES = 500
export const MAX_PHRASE_LENGTH = 40

export function defaultSettings(): LensSettings {
  const categories = {} as Record<PhraseCategory, boolean>
  for (const c of PHRASE_CATEGORIES) categories[c] = true
  return {
    version: 1,
    saveVisited: true,
    speakers: true,
    categories,
    palette: 'okabe-ito',
    categoryColors: {},
    customPhrases: [],
    variantFamilies: [],
  }
}

const HEX = /^#[0-9a-fA-F]{6}$/

export function isPhraseCategory(v: unknown): v is PhraseCategory {
  return typeof v === 'string' && (PHRASE_CATEGORIES as readonly string[]).includes(v)
}

/** A custom phrase as typed by the user: trimmed, 1..MAX_PHRASE_LENGTH chars, no control chars. */
export function cleanPhrase(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim()
  if (!t || t.length > MAX_PHRASE_LENGTH || /\p{Cc}/u.test(t)) return null
  return t
}

/** Tolerant reader: anything stored (or nothing) → a complete, valid settings object. */
export function parseSettings(raw: unknown): LensSettings {
  const s = defaultSettings()
  if (!raw || typeof raw !== 'object') return s
  const r = raw as Record<string, unknown>
  if (typeof r.saveVisited === 'boolean') s.saveVisited = r.saveVisited
  if (typeof r.speakers === 'boolean') s.speakers = r.speakers
  if (typeof r.palette === 'string' && r.palette in PALETTES) s.palette = r.palette as PaletteId
  if (r.categories && typeof r.categories === 'object') {
    for (const c of PHRASE_CATEGORIES) {
      const v = (r.categories as Record<string, unknown>)[c]
      if (typeof v === 'boolean') s.categories[c] = v
    }
  }
  if (r.categoryColors && typeof r.categoryColors === 'object') {
    for (const c of PHRASE_CATEGORIES) {
      const v = (r.categoryColors as Record<string, unknown>)[c]
      if (typeof v === 'string' && HEX.test(v)) s.categoryColors[c] = v
    }
  }
  if (Array.isArray(r.customPhrases)) {
    const seen = new Set<string>()
    for (const e of r.customPhrases.slice(0, MAX_CUSTOM_PHRASES)) {
      if (!e || typeof e !== 'object') continue
      const p = typeof e.phrase === 'string' ? cleanPhrase(e.phrase) : null
      if (!p || seen.has(p)) continue
      seen.add(p)
      const category = isPhraseCategory(e.category) ? e.category : 'custom'
      const entry: LexiconEntry = { phrase: p, category }
      if (typeof e.en === 'string' && e.en.trim()) entry.en = e.en.trim().slice(0, 80)
      s.customPhrases.push(entry)
    }
  }
  s.variantFamilies = checkUserFamilies(r.variantFamilies).families
  return s
}
