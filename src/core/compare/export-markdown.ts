// Markdown to paste into a memo: a comparison, a counterpart's history, one readout's
// annotations. Every quoted sentence carries its citation (outlet, date, URL).
import { PHRASE_CATEGORIES } from '../categories'
import type { Analysis, EventSource } from '../types'
import type { Comparison, ComparedSide, SpeakerStats } from './compare'
import { groupByCategory } from './formulations'
import { cite, type CitedFormulation, type HistoryEntry } from './history'
import { labels, type ExportLang } from './export-labels'
import { docFromAnalysis, type ReadoutDoc } from './readout-doc'
import { speakerStats } from './compare'
import { sentencesOf } from './readout-doc'

/** Escapes what Markdown would read as markup (tables included). */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ')
}

interface Citable {
  outlet: string | null
  url: string | null
  date: string | null
}

export function citation(c: Citable): string {
  const parts = [c.outlet ? mdEscape(c.outlet) : null, c.date, c.url ? `<${c.url}>` : null]
  return parts.filter((p) => p).join(', ')
}

function sideCitable(s: Pick<ComparedSide, 'outlet' | 'url' | 'published' | 'event'>): Citable {
  return { outlet: s.outlet, url: s.url, date: s.event?.date ?? s.published }
}

function quoteLine(sentence: string, c: Citable): string {
  return `> ${mdEscape(sentence)}\n> — ${citation(c)}`
}

function formulationLines(
  items: readonly CitedFormulation[],
  c: Citable,
  category: (c: CitedFormulation['category']) => string,
): string[] {
  return groupByCategory<CitedFormulation>(items).flatMap((g) => [
    `- *${category(g.category)}*: ${g.items.map((f) => `**${mdEscape(f.text)}**`).join('、')}`,
    ...g.items.map(
      (f) => `  - **${mdEscape(f.text)}** — “${mdEscape(f.sentence)}” (${citation(c)})`,
    ),
  ])
}

function speakerName(s: string | null, narration: string): string {
  return s === null ? narration : mdEscape(s)
}

function speakerTable(a: SpeakerStats, b: SpeakerStats | null, lang: ExportLang): string[] {
  const { words } = labels(lang)
  const names = [...a.shares.map((x) => x.speaker)]
  for (const x of b?.shares ?? []) if (!names.includes(x.speaker)) names.push(x.speaker)
  const cell = (st: SpeakerStats, n: string | null) => {
    const x = st.shares.find((y) => y.speaker === n)
    return x ? `${x.sentences} (${Math.round(x.share * 100)}%)` : '0'
  }
  const head = b
    ? [`| ${words.speaker} | A | B |`, '|---|---:|---:|']
    : [`| ${words.speaker} | ${words.sentences} |`, '|---|---:|']
  const rows = names.map(
    (n) => `| ${speakerName(n, words.narration)} | ${cell(a, n)} |${b ? ` ${cell(b, n)} |` : ''}`,
  )
  const first = `${words.first}: ${speakerName(a.first, words.none)}${b ? ` / ${speakerName(b.first, words.none)}` : ''}`
  return [...head, ...rows, '', first]
}

export function comparisonMarkdown(cmp: Comparison, lang: ExportLang = 'en'): string {
  const { words, kind, category } = labels(lang)
  const ca = sideCitable(cmp.a)
  const cb = sideCitable(cmp.b)
  const head = (s: ComparedSide, tag: string) =>
    `- **${tag}** ${mdEscape(s.title)}${s.event ? ` (${kind(s.event.kind)})` : ''} — ${citation(sideCitable(s))}`
  const out = [
    `# ${words.comparison}: ${mdEscape(cmp.a.title)} / ${mdEscape(cmp.b.title)}`,
    '',
    head(cmp.a, 'A'),
    head(cmp.b, 'B'),
    `- ${words.sameEvent}: ${cmp.sameEvent ? words.yes : words.no}`,
    '',
    `## ${words.added}`,
    '',
    ...(cmp.phrases.added.length
      ? formulationLines(cmp.phrases.added, cb, category)
      : [words.none]),
    '',
    `## ${words.dropped}`,
    '',
    ...(cmp.phrases.dropped.length
      ? formulationLines(cmp.phrases.dropped, ca, category)
      : [words.none]),
    '',
  ]
  if (cmp.variants.length) {
    out.push(`## ${words.wording}`, '')
    for (const v of cmp.variants) {
      const w = (x: string[]) => (x.length ? x.map(mdEscape).join('、') : `(${words.none})`)
      out.push(`- ${mdEscape(v.label[lang])}: A ${w(v.a)} → B ${w(v.b)}`)
    }
    out.push('')
  }
  out.push(`## ${words.speakers}`, '', ...speakerTable(cmp.speakers.a, cmp.speakers.b, lang), '')
  const only = (title: string, s: ComparedSide, idx: number[], c: Citable) => {
    out.push(`## ${title}`, '')
    if (idx.length === 0) out.push(words.none, '')
    for (const i of idx) out.push(quoteLine(s.sentences[i]!.text, c), '')
  }
  only(words.onlyA, cmp.a, cmp.onlyA, ca)
  only(words.onlyB, cmp.b, cmp.onlyB, cb)
  const changed = cmp.aligned.filter((p) => !p.identical)
  if (changed.length) {
    out.push(`## ${words.changed}`, '')
    for (const p of changed) {
      out.push(
        `- A: “${mdEscape(cmp.a.sentences[p.a]!.text)}”`,
        `  B: “${mdEscape(cmp.b.sentences[p.b]!.text)}” (${Math.round(p.similarity * 100)}%)`,
      )
    }
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function sourceCitable(date: string | null, s: EventSource | undefined): Citable {
  return { outlet: s?.outlet ?? null, url: s?.url ?? null, date }
}

export function historyMarkdown(
  counterpart: string,
  entries: readonly HistoryEntry[],
  lang: ExportLang = 'en',
): string {
  const { words, kind, category } = labels(lang)
  const out = [
    `# ${words.history}: ${mdEscape(counterpart)} (${entries.length} ${words.events})`,
    '',
    `| ${words.date} | ${words.kind} | ${words.requested} | ${words.place} | ${words.source} |`,
    '|---|---|---|---|---|',
  ]
  for (const e of entries) {
    const src = e.sources.find((s) => s.url) ?? e.sources[0]
    out.push(
      `| ${e.date ?? words.undated} | ${kind(e.kind)} | ${e.requestedBy ? mdEscape(e.requestedBy) : '—'} | ${e.place ? mdEscape(e.place) : '—'} | ${citation(sourceCitable(null, src))} |`,
    )
  }
  out.push('')
  for (const e of entries) {
    const c = sourceCitable(e.date, e.sources.find((s) => s.url) ?? e.sources[0])
    out.push(`## ${e.date ?? words.undated} — ${mdEscape(e.title)}`, '', `${citation(c)}`, '')
    if (e.introduced.length) {
      out.push(`${words.introduced}:`, '', ...formulationLines(e.introduced, c, category), '')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}

export function annotationsMarkdown(analysis: Analysis, lang: ExportLang = 'en'): string {
  const { words, kind, category } = labels(lang)
  const doc: ReadoutDoc = docFromAnalysis(analysis)
  const ev = analysis.event
  const c: Citable = {
    outlet: analysis.outlet,
    url: analysis.url,
    date: ev?.date ?? analysis.published,
  }
  const out = [`# ${mdEscape(analysis.title)}`, '', citation(c), '']
  if (ev) {
    out.push(
      `## ${words.event}`,
      '',
      `- ${words.date}: ${ev.date ?? words.undated}`,
      `- ${words.kind}: ${kind(ev.kind)}`,
      `- ${mdEscape(ev.participants.join('、'))}`,
      `- ${words.requested}: ${ev.requestedBy ? mdEscape(ev.requestedBy) : '—'}`,
      `- ${words.place}: ${ev.place ? mdEscape(ev.place) : '—'}`,
      '',
    )
  }
  out.push(
    `## ${words.speakers}`,
    '',
    ...speakerTable(speakerStats(sentencesOf(doc)), null, lang),
    '',
  )
  const seen = new Set<string>()
  const cited = analysis.phrases
    .filter((p) => p.category !== 'structure' && !seen.has(p.key) && seen.add(p.key))
    .map((p) => cite(doc, { key: p.key, text: p.text, category: p.category, start: p.start }))
  cited.sort(
    (x, y) =>
      PHRASE_CATEGORIES.indexOf(x.category) - PHRASE_CATEGORIES.indexOf(y.category) ||
      x.start - y.start,
  )
  out.push(`## ${words.formulations}`, '')
  out.push(...(cited.length ? formulationLines(cited, c, category) : [words.none]), '')
  if (analysis.mentions.length) {
    out.push(`## ${words.mentions}`, '')
    for (const m of analysis.mentions) {
      out.push(`- ${m.date ?? words.undated} (${kind(m.kind)}): “${mdEscape(m.text)}”`)
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
