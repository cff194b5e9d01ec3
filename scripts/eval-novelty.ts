// Novelty on the real CCTV readouts (../shared/realpages/cctv/readouts, read in place): for each
// readout, the formulations no earlier readout said, with the index built from the readouts
// before it (recordFirsts walks them in date order). Every first appearance is checked with a
// plain substring search of the earlier texts; KNOWN lists terms whose first readout was found
// by searching the pages. Run: `npx tsx scripts/eval-novelty.ts [--json]`.
import { recordFirsts } from '../src/core/novelty'
import { cctvEvents, loadCctvReadouts } from '../test/unit/novelty/cctv-index'

const KNOWN: Array<[string, string]> = [
  ['全球文明倡议', '2023-03-21'],
  ['去风险', '2023-10-17'],
]

const events = cctvEvents(loadCctvReadouts())
const t0 = performance.now()
const firsts = recordFirsts(events)
const ms = performance.now() - t0
const dated = events.filter((e) => e.date)
const falseFirsts = firsts.filter((f) =>
  dated.some((e) => e.date! < f.date! && e.text.includes(f.text)),
)
const known = KNOWN.map(([term, date]) => {
  const f = firsts.find((x) => x.key === term)
  return { term, expected: date, found: f?.date ?? null, ok: f?.date === date }
})
const perEvent = new Map<string, string[]>()
for (const f of firsts) perEvent.set(f.eventId, [...(perEvent.get(f.eventId) ?? []), f.text])
const report = {
  events: events.length,
  dated: dated.length,
  firsts: firsts.length,
  readoutsWithFirsts: perEvent.size,
  maxPerReadout: Math.max(0, ...[...perEvent.values()].map((v) => v.length)),
  contradictedBySearch: falseFirsts.length,
  known,
  ms: Math.round(ms),
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...report, list: firsts }, null, 2))
} else {
  for (const ev of dated) {
    const list = perEvent.get(ev.id)
    if (list) console.log(`${ev.id}  ${list.join(' | ')}`)
  }
  console.log(JSON.stringify(report, null, 2))
}
