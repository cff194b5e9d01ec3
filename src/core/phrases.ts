// Key formulations (提法): the curated lexicon plus the user's extra phrases, matched in ONE
// Aho–Corasick pass over the normalised body; plus quoted terms (“…”, 《…》).
//
// Overlap policy: lexicon/custom hits never overlap each other (longest-leftmost wins:
// 新时代全面战略协作伙伴关系 hides 全面战略协作伙伴 inside it). Quoted terms are a second layer and
// may overlap lexicon hits, except when they cover exactly the same characters (then only
// the lexicon hit is kept, with its category).
import lexiconData from './lexicon/phrases.json'
import { buildAutomaton, longestNonOverlapping, searchAll, type Automaton } from './aho-corasick'
import { bodyToSource, type Body } from './body'
import { PHRASE_CATEGORIES } from './categories'
import { normalize } from './normalize'
import type { LexiconEntry, PhraseCategory, PhraseHit } from './types'

const CATEGORIES: ReadonlySet<PhraseCategory> = new Set(PHRASE_CATEGORIES)

/** The shipped lexicon (src/core/lexicon/phrases.json). */
export function builtInLexicon(): LexiconEntry[] {
  return (lexiconData as LexiconEntry[]).map((e) => ({ ...e }))
}

/** The canonical form of a phrase: what `PhraseHit.key` holds and what the matcher looks for. */
export function phraseKey(phrase: string): string {
  return normalize(phrase).text
}

interface CompiledLexicon {
  automaton: Automaton
  keys: string[]
  categories: PhraseCategory[]
}

let builtInCompiled: CompiledLexicon | null = null

function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const byKey = new Map<string, PhraseCategory>()
  for (const e of entries) {
    if (!e || typeof e.phrase !== 'string') continue
    const key = phraseKey(e.phrase)
    if (key.length < 1 || key.length > 64) continue
    const category = CATEGORIES.has(e.category) ? e.category : 'custom'
    if (!byKey.has(key)) byKey.set(key, category)
  }
  const keys = [...byKey.keys()]
  return { automaton: buildAutomaton(keys), keys, categories: keys.map((k) => byKey.get(k)!) }
}

let customCompiled: { key: string; lex: CompiledLexicon } | null = null

function lexiconFor(extra: readonly LexiconEntry[] | undefined): CompiledLexicon {
  if (!extra || extra.length === 0) {
    builtInCompiled ??= compileLexicon(builtInLexicon())
    return builtInCompiled
  }
  // The same custom list is passed on every page: compile it once, not per analysis.
  const key = JSON.stringify(extra)
  if (customCompiled?.key === key) return customCompiled.lex
  // User phrases first: on an identical key the user's category wins.
  const lex = compileLexicon([
    ...extra.map((e) => ({ ...e, category: e.category ?? 'custom' })),
    ...builtInLexicon(),
  ])
  customCompiled = { key, lex }
  return lex
}

/** Quoted terms: “…” and 「…」 (2–30 chars, no sentence end inside), 《…》 (1–60 chars). */
const QUOTED = /“([^“”\n。！？；]{2,30})”|《([^《》\n]{1,60})》|「([^「」\n。！？；]{2,30})」/g

export function findPhrases(
  body: Body,
  sourceText: string,
  extra?: readonly LexiconEntry[],
): PhraseHit[] {
  const lex = lexiconFor(extra)
  const hits: PhraseHit[] = []
  const exact = new Set<string>()
  for (const m of longestNonOverlapping(searchAll(lex.automaton, body.text))) {
    const { start, end } = bodyToSource(body, m.start, m.end)
    hits.push({
      text: sourceText.slice(start, end),
      key: lex.keys[m.word]!,
      category: lex.categories[m.word]!,
      start,
      end,
    })
    exact.add(`${start}:${end}`)
  }
  QUOTED.lastIndex = 0
  let q: RegExpExecArray | null
  while ((q = QUOTED.exec(body.text))) {
    const inner = q[1] ?? q[2] ?? q[3]!
    const i = q.index + 1
    const { start, end } = bodyToSource(body, i, i + inner.length)
    if (exact.has(`${start}:${end}`)) continue
    hits.push({ text: sourceText.slice(start, end), key: inner, category: 'quoted', start, end })
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  return hits
}
