// Novelty on the real CCTV readouts (../shared/realpages/cctv/readouts, read in place): for each
// readout, the formulations no earlier readout said, with the index built from the readouts
// before it (recordFirsts walks them in date order). Every first appearance is checked with a
// plain substring search of the earlier texts; KNOWN lists terms whose first readout was found
// by searching the pages. Recall (test/unit/novelty/recall.ts): of the formulations the corpus
// vouches for (quoted somewhere, in the lexicon, or head-final phrases that stuck), the share
// whose first appearance is listed on that day, split by whether it was quoted there; --json
// lists the misses. Precision is read, not computed: `--sample [N]` prints N first appearances
// drawn at random (fixed seed, so a before/after reads the same draw) with the rule that fired
// and their context, for an analyst to judge. Run: `npx tsx scripts/eval-novelty.ts [--json]`.
import { foldForSearch } from '../src/core/normalize'
import {
  GrowingHistory,
  noveltyInputOf,
  novelFormulations,
  recordFirsts,
} from '../src/core/novelty'
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
/** mulberry32: a small seeded generator, so the sample is the same draw every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** n first appearances at random, each with its rule, signs and a stretch of its sentence. */
function sample(n: number): string[] {
  const rand = seeded(17)
  const pool = [...firsts]
  const picked = []
  while (picked.length < n && pool.length)
    picked.push(...pool.splice(Math.floor(rand() * pool.length), 1))
  return picked.map((f) => {
    const ev = dated.find((e) => e.id === f.eventId)!
    const history = new GrowingHistory()
    for (const e of dated) if (e.date! < ev.date!) history.add(foldForSearch(e.text))
    const n = novelFormulations(noveltyInputOf(ev), history).find((x) => x.key === f.key)!
    const ctx = ev.text.slice(Math.max(0, n.start - 12), n.end + 8).replace(/\n/g, ' / ')
    return `${f.date}  ${f.key}  [${n.rule}: ${n.signs.join(' ')}]  …${ctx}…`
  })
}

const sampleAt = process.argv.indexOf('--sample')
if (sampleAt >= 0) {
  for (const line of sample(Number(process.argv[sampleAt + 1]) || 40)) console.log(line)
} else if (process.argv.includes('--json')) {
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
