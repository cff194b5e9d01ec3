// The cross-language part of the `compare` report: the pairing, the topics each side mentions
// and leaves out (with the sentences of each side per topic), and who each side says asked.
import type { SideBySide } from '../core/pairing/compare-sides'
import type { RequestClaim } from '../core/pairing/requests'
import { topicLabel } from '../core/topics/lexicon'
import type { Style } from './colors'
import { printable } from './report'

function claim(r: RequestClaim): string {
  return r.requestedBy ? `${r.requestedBy} (“${r.evidence ?? '—'}”)` : 'does not say'
}

function labels(ids: readonly string[]): string {
  return ids.map((t) => topicLabel(t, 'en')).join(', ') || 'none'
}

export function renderSides(sides: SideBySide, s: Style): string {
  const c = printable(sides)
  const p = c.pairing
  const lines = [
    '',
    s.heading('Pairing'),
    `  ${p.sameEvent ? 'same event' : `not the same event (${p.mismatch.join(', ')})`}` +
      ` · dates ${p.days === null ? 'unknown' : `${Math.abs(p.days)} day(s) apart`}` +
      ` · leaders in both: ${p.shared.join(', ') || 'none'}`,
    '',
    s.heading('Topics'),
    `  both:     ${labels(c.topics.both)}`,
    `  only A:   ${labels(c.topics.onlyA)}`,
    `  only B:   ${labels(c.topics.onlyB)}`,
  ]
  for (const row of c.rows) {
    lines.push(`  ${s.bold(topicLabel(row.topic, 'en'))}`)
    for (const i of row.a) lines.push(`    A ${c.a.sentences[i]!.text.replace(/\s+/g, ' ')}`)
    for (const i of row.b) lines.push(`    B ${c.b.sentences[i]!.text.replace(/\s+/g, ' ')}`)
    if (row.a.length === 0) lines.push(s.dim('    A says nothing of it'))
    if (row.b.length === 0) lines.push(s.dim('    B says nothing of it'))
  }
  lines.push(
    '',
    s.heading('Who asked for the call'),
    `  A: ${claim(c.a.requested)}`,
    `  B: ${claim(c.b.requested)}`,
    '',
  )
  return lines.join('\n')
}
