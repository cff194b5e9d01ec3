// Novelty on the real CCTV readouts (../shared/realpages/cctv/readouts, read in place): for each
// readout, the formulations no earlier readout said, with the index built from the readouts
// before it (recordFirsts walks them in date order). Every first appearance is checked with a
// plain substring search of the earlier texts; KNOWN lists terms whose first readout was found
// by searching the pages. Recall (test/unit/novelty/recall.ts): of the formulations the corpus
// vouches for (quoted somewhere, in the lexicon, or head-final phrases that stuck), the share
// whose first appearance is listed on that day, split by whether it was quoted there; --json
// lists the misses. Run: `npx tsx scripts/eval-novelty.ts [--json]`.
import { recordFirsts } from '../src/core/novelty'
import { cctvEvents, loadCctvReadouts } from '../test/unit/novelty/cctv-index'
import { measureRecall } from '../test/unit/novelty/recall'

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
const { misses, references: _, ...recall } = measureRecall(events, firsts)
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
  recall,
  ms: Math.round(ms),
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...report, misses, list: firsts }, null, 2))
} else {
  for (const ev of dated) {
    const list = perEvent.get(ev.id)
    if (list) console.log(`${ev.id}  ${list.join(' | ')}`)
  }
  const missed = (quoted: boolean) =>
    misses
      .filter((m) => m.quotedAtFirst === quoted)
      .map((m) => `${m.firstDate} ${m.key}`)
      .join(' | ')
  console.log(`missed, quoted at first: ${missed(true)}`)
  console.log(`missed, unquoted at first: ${missed(false)}`)
  console.log(JSON.stringify(report, null, 2))
}
