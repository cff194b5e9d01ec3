// Novelty on the real CCTV readouts (../shared/realpages/cctv/readouts, read in place), in two
// modes over the same walk in date order (recordFirsts):
// - live: each readout's formulations that no earlier readout said, against the readouts
//   before it — what a page read live lists;
// - retrospective: the whole-index recount, which also knows what later readouts say again
//   (sign recursLater, rules.ts) — what build-index and the background's recount record.
// Every first appearance is checked with a plain substring search of the earlier texts; KNOWN
// lists terms whose first readout was found by searching the pages. Recall
// (test/unit/novelty/recall.ts): of the formulations the corpus vouches for (quoted somewhere,
// in the lexicon, or head-final phrases and series that stuck), the share whose first
// appearance is listed on that day, split by whether it was quoted there and by source. The
// `stuck` and `series` sources are defined by recurrence in later readouts, as sign
// recursLater is: the retrospective gain there is partly circular; `quoted` and `lexicon`
// are not. The report counts the firsts by the rule that fired (byRule); --json lists the
// misses. Precision is read, not computed: `--sample [N]` prints N live first appearances
// drawn at random, `--sample-added [N]` N of the ones only hindsight adds (fixed seed, so a
// before/after reads the same draw), with the rule that fired, the signs and their context,
// for an analyst to judge. Run: `npx tsx scripts/eval-novelty.ts`.
import { recordFirsts, type FirstAppearance } from '../src/core/novelty'
import type { IndexedEvent } from '../src/core/types'
import { cctvEvents, loadCctvReadouts } from '../test/unit/novelty/cctv-index'
import { measureRecall } from '../test/unit/novelty/recall'

const KNOWN: Array<[string, string]> = [
  ['全球文明倡议', '2023-03-21'],
  ['去风险', '2023-10-17'],
]

const events = cctvEvents(loadCctvReadouts())
const dated = events.filter((e) => e.date)

function run(recursLater: boolean) {
  const t0 = performance.now()
  const firsts = recordFirsts(events, { recursLater })
  const ms = performance.now() - t0
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
  const byRule: Record<string, number> = {}
  for (const f of firsts) byRule[f.rule ?? 'none'] = (byRule[f.rule ?? 'none'] ?? 0) + 1
  const report = {
    firsts: firsts.length,
    byRule,
    readoutsWithFirsts: perEvent.size,
    readoutsListingNothing: dated.length - perEvent.size,
    maxPerReadout: Math.max(0, ...[...perEvent.values()].map((v) => v.length)),
    contradictedBySearch: falseFirsts.length,
    known,
    recall,
    ms: Math.round(ms),
  }
  return { firsts, misses, perEvent, report }
}

const live = run(false)
const retro = run(true)
const liveKeys = new Set(live.firsts.map((f) => f.key))
const retroKeys = new Set(retro.firsts.map((f) => f.key))
const added = retro.firsts.filter((f) => !liveKeys.has(f.key))
const dropped = live.firsts.filter((f) => !retroKeys.has(f.key))

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
function sample(from: readonly FirstAppearance[], n: number): string[] {
  const rand = seeded(17)
  const pool = [...from]
  const picked = []
  while (picked.length < n && pool.length)
    picked.push(...pool.splice(Math.floor(rand() * pool.length), 1))
  return picked.map((f) => {
    const ev: IndexedEvent = dated.find((e) => e.id === f.eventId)!
    const at = Math.max(0, ev.text.indexOf(f.text))
    const ctx = ev.text.slice(Math.max(0, at - 12), at + f.text.length + 8).replace(/\n/g, ' / ')
    return `${f.date}  ${f.key}  [${f.rule}: ${(f.signs ?? []).join(' ')}]  …${ctx}…`
  })
}

const argAfter = (flag: string) => {
  const i = process.argv.indexOf(flag)
  return i < 0 ? null : Number(process.argv[i + 1]) || 40
}
const summary = {
  events: events.length,
  dated: dated.length,
  live: live.report,
  retrospective: {
    ...retro.report,
    addedByHindsight: added.length,
    droppedByHindsight: dropped.length,
  },
}
const sampleLive = argAfter('--sample')
const sampleAdded = argAfter('--sample-added')
if (sampleLive !== null) for (const line of sample(live.firsts, sampleLive)) console.log(line)
else if (sampleAdded !== null) {
  console.log(`${added.length} first appearances only hindsight adds; a draw of ${sampleAdded}:`)
  for (const line of sample(added, sampleAdded)) console.log(line)
} else if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      {
        ...summary,
        live: { ...summary.live, misses: live.misses, list: live.firsts },
        retrospective: { ...summary.retrospective, misses: retro.misses, list: retro.firsts },
      },
      null,
      2,
    ),
  )
} else {
  for (const ev of dated) {
    const list = retro.perEvent.get(ev.id)
    if (list) console.log(`${ev.id}  ${list.join(' | ')}`)
  }
  const missed = (quoted: boolean) =>
    retro.misses
      .filter((m) => m.quotedAtFirst === quoted)
      .map((m) => `${m.firstDate} ${m.key}`)
      .join(' | ')
  console.log(`retrospective, missed, quoted at first: ${missed(true)}`)
  console.log(`retrospective, missed, unquoted at first: ${missed(false)}`)
  console.log(`added by hindsight: ${added.map((f) => `${f.date} ${f.key}`).join(' | ')}`)
  console.log(`dropped by hindsight: ${dropped.map((f) => `${f.date} ${f.key}`).join(' | ')}`)
  console.log(JSON.stringify(summary, null, 2))
}
