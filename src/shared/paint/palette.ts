// Colours and line styles for speakers and phrase categories. Speakers get a faint background
// tint; phrases get an underline whose colour AND line style differ per category, so the
// categories stay distinguishable without relying on colour alone.
import type { PhraseCategory } from '../../core/types'

export const HIGHLIGHT_PREFIX = 'readout-lens-'

/** Colours (RGB) for speakers in order of first appearance; cycles after the last. Set from
 * the user's palette setting by `applyTheme`. */
let speakerRgbs: Array<readonly [number, number, number]> = [
  [0, 114, 178],
  [213, 94, 0],
  [0, 158, 115],
  [204, 121, 167],
  [230, 159, 0],
  [86, 180, 233],
]

function hexToRgb(hex: string): readonly [number, number, number] {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

export interface CategoryStyle {
  color: string
  line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy'
}

// Object order is display order: new formulations first.
const BUILT_IN_CATEGORY_STYLE: Record<PhraseCategory, CategoryStyle> = {
  new: { color: '#e8590c', line: 'double' },
  coined: { color: '#e8590c', line: 'dotted' },
  relationship: { color: '#c92a2a', line: 'solid' },
  sovereignty: { color: '#5f3dc4', line: 'double' },
  'anti-interference': { color: '#d9480f', line: 'wavy' },
  multilateral: { color: '#1864ab', line: 'dashed' },
  conflict: { color: '#a61e4d', line: 'wavy' },
  economy: { color: '#2b8a3e', line: 'solid' },
  history: { color: '#795548', line: 'dotted' },
  'taiwan-hk-xinjiang': { color: '#862e9c', line: 'double' },
  structure: { color: '#495057', line: 'dotted' },
  quoted: { color: '#0b7285', line: 'dashed' },
  custom: { color: '#d6336c', line: 'solid' },
}

/** Current style per category (built-in, with the user's colour overrides applied). */
export const CATEGORY_STYLE: Record<PhraseCategory, CategoryStyle> = { ...BUILT_IN_CATEGORY_STYLE }

export const CATEGORY_ORDER: PhraseCategory[] = Object.keys(
  BUILT_IN_CATEGORY_STYLE,
) as PhraseCategory[]

/** Apply the user's palette (speaker colours, `#RRGGBB`) and per-category colour overrides. */
export function applyTheme(
  speakerHex: readonly string[],
  categoryColors: Partial<Record<PhraseCategory, string>>,
): void {
  // Black and pale greys make poor tints; skip them when the palette has enough other colours.
  const usable = speakerHex.filter((h) => !/^#(000000|bbbbbb)$/i.test(h))
  if (usable.length) speakerRgbs = usable.map(hexToRgb)
  for (const c of CATEGORY_ORDER) {
    CATEGORY_STYLE[c] = {
      ...BUILT_IN_CATEGORY_STYLE[c],
      ...(categoryColors[c] ? { color: categoryColors[c]! } : {}),
    }
  }
}

export function speakerRgb(i: number): readonly [number, number, number] {
  return speakerRgbs[i % speakerRgbs.length]!
}

export function speakerColor(i: number, alpha = 1): string {
  const [r, g, b] = speakerRgb(i)
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

// Highlight names inside the extension are these logical names; the page's CSS.highlights
// registry (shared with the page) only ever sees opaque random ones (`registeredName`).
export const speakerHighlightName = (i: number): string => `${HIGHLIGHT_PREFIX}speaker-${i}`
export const phraseHighlightName = (c: PhraseCategory): string => `${HIGHLIGHT_PREFIX}phrase-${c}`
export const MENTION_HIGHLIGHT = `${HIGHLIGHT_PREFIX}mention`
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`

const opaque = new Map<string, string>()

function randomName(): string {
  const bytes = new Uint8Array(8)
  crypto.getRandomValues(bytes)
  return `h${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/**
 * The name a logical highlight is registered under in the page's registry: random, chosen
 * once per page load, so a page script that lists CSS.highlights learns nothing from the
 * names (not which is a speaker, a category, a formulation new to the user's index — nor
 * that they are ours).
 */
export function registeredName(logical: string): string {
  let name = opaque.get(logical)
  if (name === undefined) {
    do name = randomName()
    while ([...opaque.values()].includes(name))
    opaque.set(logical, name)
  }
  return name
}

/** Registered (opaque) name → logical name, for the extension's own inspection. */
export function registeredNames(): Record<string, string> {
  return Object.fromEntries([...opaque].map(([logical, name]) => [name, logical]))
}
