// The human-readable `analyze` report: event, who said what (one coloured label per speaker),
// key phrases grouped by category, mentions of other events, related earlier events.
import type { PageNovelty } from '../core/novelty'
import type { Analysis, EventKind, PhraseCategory, RelatedEvent } from '../core/types'
import { describeRule } from '../core/attribution-rules'
import type { Style } from './colors'

export const KIND_LABEL: Record<EventKind, string> = {
  call: 'phone call',
  video: 'video meeting',
  talks: 'talks',
  meeting: 'meeting',
  other: 'other',
}

const CATEGORY_LABEL: Record<PhraseCategory, string> = {
  relationship: 'Relationship',
  sovereignty: 'Sovereignty & core interests',
  'anti-interference': 'Anti-interference',
  multilateral: 'Multilateral order',
  conflict: 'Ukraine & conflicts',
  economy: 'Economy & energy',
  history: 'History / WWII',
  'taiwan-hk-xinjiang': 'Taiwan / Hong Kong / Xinjiang',
  structure: 'Structure',
  quoted: 'Quoted terms',
  custom: 'Custom',
  new: 'New here',
  coined: 'Coined earlier',
}

function eventLines(a: Analysis, s: Style): string[] {
  const ev = a.event
  if (!ev) return [`${s.bold('Event')}      none found`]
  const cp = ev.counterpart
  const counterpart = cp
    ? `${cp.name}${cp.country || cp.title ? ` (${[cp.country, cp.title].filter(Boolean).join(' ')})` : ''}`
    : '—'
  return [
    `${s.bold('Event')}      ${ev.date ?? 'date unknown'} · ${KIND_LABEL[ev.kind]}`,
    `${s.bold('Leaders')}    ${ev.participants.join(', ') || '—'}`,
    `${s.bold('Counterpart')} ${counterpart}`,
    `${s.bold('Requested')}  ${ev.requestedBy ? `by ${ev.requestedBy} (应约)` : '—'}`,
    `${s.bold('Place')}      ${ev.place ?? '—'}`,
  ]
}

/** `explain`: each turn says which attribution rule decided it, and the rules are listed. */
function turnLines(a: Analysis, s: Style, explain: boolean): string[] {
  const order: string[] = []
  for (const t of a.turns)
    if (t.speaker && t.speaker !== '双方' && !order.includes(t.speaker)) order.push(t.speaker)
  const width = Math.max(4, ...a.turns.map((t) => (t.speaker ?? '').length)) * 2
  const label = (speaker: string | null): string => {
    const name = speaker ?? '—'
    const padded = name + ' '.repeat(Math.max(0, width - name.length * 2))
    if (speaker === null) return s.dim(padded)
    if (speaker === '双方') return s.joint(padded)
    return s.speaker(order.indexOf(speaker), padded)
  }
  const lines = [s.heading(`Who said what (${a.turns.length} sentences)`)]
  for (const t of a.turns) {
    const verb = t.verb ? s.dim(`[${t.verb}] `) : ''
    const text = t.text.replace(/\s*\n\s*/g, ' ')
    lines.push(`  ${label(t.speaker)} ${verb}${t.speaker === null ? s.dim(text) : text}`)
    if (explain) lines.push(`  ${' '.repeat(width)} ${s.dim(`↳ ${t.rule ?? 'no rule recorded'}`)}`)
  }
  if (explain) {
    const used = [...new Set(a.turns.map((t) => t.rule).filter((r) => r !== undefined))]
    lines.push('', s.heading('Attribution rules used'))
    for (const r of used) lines.push(`  ${s.bold(r)}: ${describeRule(r)}`)
  }
  return lines
}

function phraseLines(a: Analysis, s: Style): string[] {
  const groups = new Map<PhraseCategory, Map<string, number>>()
  for (const p of a.phrases) {
    const g = groups.get(p.category) ?? new Map<string, number>()
    g.set(p.text, (g.get(p.text) ?? 0) + 1)
    groups.set(p.category, g)
  }
  const lines = [s.heading(`Key phrases (${a.phrases.length})`)]
  if (groups.size === 0) lines.push('  none')
  for (const [cat, g] of groups) {
    const items = [...g].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join('、')
    lines.push(`  ${s.bold(CATEGORY_LABEL[cat] ?? cat)}: ${items}`)
  }
  return lines
}

function novelLines(n: PageNovelty, s: Style): string[] {
  const lines = [s.heading(`New here — first time in the index (${n.novel.length})`)]
  if (n.novel.length === 0) lines.push('  none')
  for (const f of n.novel)
    lines.push(`  ${s.bold(f.text)}${f.speaker ? s.dim(` — ${f.speaker}`) : ''}`)
  if (n.firstSeen.length) {
    lines.push(s.heading(`Said before (${n.firstSeen.length})`))
    for (const f of n.firstSeen) {
      const where = [f.first.date ?? 'undated', f.first.title, f.first.speaker].filter(Boolean)
      lines.push(`  ${f.text} ${s.dim(`first seen ${where.join(', ')}`)}`)
    }
  }
  return lines
}

function mentionLines(a: Analysis, s: Style): string[] {
  const lines = [s.heading(`Mentions of other events (${a.mentions.length})`)]
  if (a.mentions.length === 0) lines.push('  none')
  for (const m of a.mentions)
    lines.push(`  ${m.date ?? 'date unknown'} ${KIND_LABEL[m.kind]}: ${m.text}`)
  return lines
}

function relatedLines(related: RelatedEvent[], s: Style, note: string | null): string[] {
  const lines = [s.heading(`Related earlier events (${related.length})`)]
  if (note) lines.push(`  ${s.dim(note)}`)
  else if (related.length === 0) lines.push('  none in the index')
  related.forEach((r, i) => {
    lines.push(
      `  ${i + 1}. ${r.date ?? 'undated'} ${KIND_LABEL[r.kind]} — ${r.title} ${s.dim(`(score ${r.score})`)}`,
    )
    lines.push(`     ${s.dim(`why: ${r.why}`)}`)
  })
  return lines
}

// Text from the analysed file must not drive the terminal: ESC sequences (set title, clear
// screen, fake output), other C0/C1 controls and bidi overrides become U+FFFD in the report.
// (Line breaks and tabs stay; the JSON output escapes everything by itself.)
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function printable<T>(v: T): T {
  if (typeof v === 'string') return v.replace(UNPRINTABLE, '\ufffd') as T
  if (Array.isArray(v)) return v.map(printable) as T
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, printable(x)])) as T
  return v
}

export function renderReport(
  analysis: Analysis,
  relatedEvents: RelatedEvent[],
  s: Style,
  relatedNote: string | null = null,
  pageNovelty: PageNovelty = { novel: [], firstSeen: [] },
  explain = false,
): string {
  const a = printable(analysis)
  const novelty = printable(pageNovelty)
  const related = printable(relatedEvents)
  const head = [
    s.bold(a.title || '(untitled)'),
    s.dim([a.outlet, a.published, a.url].filter(Boolean).join(' · ') || 'source unknown'),
    `${s.bold('Readout')}    ${a.isReadout ? 'yes' : 'no'} (confidence ${a.confidence.toFixed(2)})`,
  ]
  const sections = [
    head,
    eventLines(a, s),
    turnLines(a, s, explain),
    phraseLines(a, s),
    novelLines(novelty, s),
    mentionLines(a, s),
    relatedLines(related, s, relatedNote),
  ]
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n'
}
