// Human-readable reports of the comparison features: `compare`, `history`, and the "Since …"
// section `analyze` adds. Page text goes through printable() like the analyze report.
import {
  rowsOf,
  type Comparison,
  type HistoryEntry,
  type SinceLast,
  type SpeakerStats,
} from '../core/compare'
import type { Style } from './colors'
import { KIND_LABEL, printable } from './report'

function speakers(st: SpeakerStats): string {
  const shares = st.shares
    .map((x) => `${x.speaker ?? 'narration'} ${x.sentences} (${Math.round(x.share * 100)}%)`)
    .join(', ')
  return `${shares}; first: ${st.first ?? '—'}`
}

function wording(w: string[]): string {
  return w.length ? w.join('、') : '(none)'
}

export function renderComparison(cmp: Comparison, s: Style): string {
  const c = printable(cmp)
  const side = (tag: string, x: Comparison['a']) =>
    `${s.bold(tag)} ${x.title} ${s.dim([x.outlet, x.event?.date ?? x.published, x.url].filter(Boolean).join(' · '))}`
  const lines = [
    side('A', c.a),
    side('B', c.b),
    `${s.bold('Same event')} ${c.sameEvent ? 'yes' : 'no'} · ${c.aligned.length} sentences matched, ${c.onlyA.length} only in A, ${c.onlyB.length} only in B`,
    '',
    s.heading('Formulations'),
    `  added in B:    ${c.phrases.added.map((f) => f.text).join('、') || 'none'}`,
    `  dropped from A: ${c.phrases.dropped.map((f) => f.text).join('、') || 'none'}`,
  ]
  for (const v of c.variants) lines.push(`  ${v.label.en}: ${wording(v.a)} → ${wording(v.b)}`)
  lines.push(
    '',
    s.heading('Speakers'),
    `  A: ${speakers(c.speakers.a)}`,
    `  B: ${speakers(c.speakers.b)}`,
  )
  lines.push(
    '',
    s.heading('Sentences (A order; B-only sentences after the A sentence before them)'),
  )
  for (const r of rowsOf(c)) {
    if (r.kind === 'onlyB') lines.push(`  ${s.bold('+B')}${r.b} ${c.b.sentences[r.b]!.text}`)
    else if (r.kind === 'onlyA') lines.push(`  ${s.bold('-A')}${r.a} ${c.a.sentences[r.a]!.text}`)
    else if (r.identical) lines.push(`  ${s.dim(`=A${r.a}/B${r.b}`)} ${c.a.sentences[r.a]!.text}`)
    else {
      lines.push(`  ~A${r.a} ${c.a.sentences[r.a]!.text}`)
      lines.push(
        `  ${s.dim(`~B${r.b} (${Math.round(r.similarity * 100)}%)`)} ${c.b.sentences[r.b]!.text}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}

export function sinceLastLines(
  since: SinceLast | null,
  hist: readonly HistoryEntry[],
  s: Style,
): string[] {
  const sl = printable(since)
  const h = printable(hist)
  if (!sl)
    return [
      s.heading('Since the last event'),
      '  no earlier event with this counterpart in the index',
    ]
  const lines = [
    s.heading(
      `Since ${sl.event.date ?? 'undated'}, ${KIND_LABEL[sl.event.kind]} with ${sl.counterpart}`,
    ),
    `  added:   ${sl.added.map((f) => f.text).join('、') || 'none'}`,
    `  dropped: ${sl.dropped.map((f) => f.text).join('、') || 'none'}`,
  ]
  if (sl.kind) lines.push(`  kind:    ${KIND_LABEL[sl.kind.from]} → ${KIND_LABEL[sl.kind.to]}`)
  if (sl.requestedBy)
    lines.push(`  应约:    ${sl.requestedBy.from ?? 'nobody'} → ${sl.requestedBy.to ?? 'nobody'}`)
  for (const v of sl.variants) {
    const change = v.changedHere
      ? `changed here (was ${wording(v.lastChange!.from)})`
      : v.lastChange
        ? `since ${v.lastChange.date ?? 'undated'} (before: ${wording(v.lastChange.from)})`
        : 'unchanged in the index'
    lines.push(`  ${v.label.en}: ${wording(v.wording)} — ${change}`)
  }
  lines.push('', s.heading(`History with ${sl.counterpart} (${h.length})`), ...historyLines(h, s))
  return lines
}

export function historyLines(h: readonly HistoryEntry[], s: Style): string[] {
  return h.map((e) => {
    const asked = e.requestedBy ? ` · 应约 ${e.requestedBy}` : ''
    const place = e.place ? ` · ${e.place}` : ''
    const intro = e.introduced.length
      ? s.dim(
          ` — new: ${e.introduced
            .slice(0, 6)
            .map((f) => f.text)
            .join('、')}${e.introduced.length > 6 ? '…' : ''}`,
        )
      : ''
    return `  ${e.date ?? 'undated'} ${KIND_LABEL[e.kind]}${asked}${place}${intro}`
  })
}
