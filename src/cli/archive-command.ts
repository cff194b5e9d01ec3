// `readout-lens archive cctv --from D --to D -o index.json [--origin URL] [--rate N]`: the
// 新闻联播 archive import (src/core/archive) in Node, into an index file. Adds to the file when
// it exists; a rerun over the same days leaves it byte for byte (writeCorpusIndex keeps builtAt).
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import {
  memorySink,
  newArchiveJob,
  runArchiveJob,
  type ArchiveFetcher,
  type ArchiveJob,
  type ArchiveProblem,
  type Politeness,
} from '../core/archive'
import { compareEvents } from '../core/index/build'
import { recordFirsts } from '../core/novelty/firsts'
import type { CorpusIndex, IndexedEvent } from '../core/types'
import { readCorpusIndex, writeCorpusIndex } from '../node/corpus-index'
import { httpFetcher } from '../node/http-fetcher'
import type { CliIO } from './io'

export interface ArchiveArgs {
  from: string
  to: string
  output: string
  origin: string
  politeness: Politeness
  /** Tests pass their own; the default fetches over HTTP. */
  fetcher?: ArchiveFetcher
}

/** The index is written every this many days too, so an interrupted run keeps what it found. */
const SAVE_EVERY_DAYS = 30

function problemLine(p: ArchiveProblem): string {
  const what =
    p.kind === 'missing'
      ? 'missing (skipped)'
      : p.kind === 'not-readout'
        ? 'not a readout'
        : p.kind === 'unreadable'
          ? 'unreadable (skipped)'
          : 'failed (skipped)'
  return `readout-lens: ${p.day} ${p.url}: ${what}: ${p.detail}\n`
}

function bar(job: ArchiveJob, width = 24): string {
  const done = job.daysTotal ? job.daysDone / job.daysTotal : 1
  const filled = Math.round(done * width)
  const problems = job.problems.length ? ` · ${countProblems(job)} problems` : ''
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${job.daysDone}/${job.daysTotal} days` +
    ` · ${job.day ?? 'done'} · ${job.added} added, ${job.merged} merged${problems}`
  )
}

function countProblems(job: ArchiveJob): number {
  return Object.values(job.problemCounts).reduce((a, b) => a + (b ?? 0), 0)
}

function save(path: string, events: IndexedEvent[], old: CorpusIndex | null): boolean {
  const sorted = [...events].sort(compareEvents)
  const index: CorpusIndex = {
    format: 'readout-lens-index',
    version: 1,
    builtAt: old?.builtAt ?? new Date().toISOString(),
    events: sorted,
    // As build-index: where each new formulation was first said, over the whole index.
    firsts: recordFirsts(sorted),
  }
  // A changed index gets a new builtAt; an unchanged one keeps the file as it was.
  if (old && JSON.stringify(old.events) !== JSON.stringify(index.events))
    index.builtAt = new Date().toISOString()
  mkdirSync(dirname(path), { recursive: true })
  return writeCorpusIndex(path, index).unchanged
}

export async function runArchive(args: ArchiveArgs, io: CliIO): Promise<number> {
  const old = existsSync(args.output) ? readCorpusIndex(args.output) : null
  const sink = memorySink(old?.events ?? [])
  const tty = io.stderr.isTTY === true
  let shown = 0
  let lastSavedDay = 0
  let job = newArchiveJob({ from: args.from, to: args.to, origin: args.origin }, args.politeness)
  let interrupted = false
  const onSignal = () => {
    interrupted = true
  }
  process.once('SIGINT', onSignal)
  try {
    job = await runArchiveJob(
      job,
      {
        fetcher: args.fetcher ?? httpFetcher(),
        sink,
        now: () => Date.now(),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        politeness: args.politeness,
      },
      {
        save(next) {
          const fresh = next.problems.slice(
            Math.max(0, next.problems.length - (countProblems(next) - shown)),
          )
          if (fresh.length) {
            if (tty) io.stderr.write('\r\x1b[K')
            for (const p of fresh) io.stderr.write(problemLine(p))
            shown = countProblems(next)
          }
          if (tty) io.stderr.write(`\r\x1b[K${bar(next)}`)
          if (next.daysDone - lastSavedDay >= SAVE_EVERY_DAYS && next.added + next.merged > 0) {
            save(args.output, sink.events(), old)
            lastSavedDay = next.daysDone
          }
        },
        halted: () => interrupted,
      },
    )
  } finally {
    process.removeListener('SIGINT', onSignal)
    if (tty) io.stderr.write('\r\x1b[K')
  }
  let unchanged: boolean
  try {
    unchanged = save(args.output, sink.events(), old)
  } catch (err) {
    io.stderr.write(`readout-lens: cannot write ${args.output}: ${(err as Error).message}\n`)
    return 1
  }
  const c = job.problemCounts
  const skipped = [
    c.missing ? `${c.missing} missing` : '',
    c.http || c.network ? `${(c.http ?? 0) + (c.network ?? 0)} failed` : '',
    c.unreadable ? `${c.unreadable} unreadable` : '',
    c['not-readout'] ? `${c['not-readout']} not readouts` : '',
  ].filter(Boolean)
  io.stdout.write(
    `${args.output}: ${job.daysDone} of ${job.daysTotal} days scanned (${args.to} back to ${job.day ? job.day : args.from}), ` +
      `${job.readouts} readout stories: ${job.added} added, ${job.merged} merged, ${job.unchanged} already indexed` +
      `${skipped.length ? `; ${skipped.join(', ')}` : ''}` +
      `${job.slowdowns ? `; slowed down ${job.slowdowns}× on HTTP 429` : ''}` +
      `; ${sink.events().length} events in the index${unchanged ? ' (file unchanged)' : ''}\n`,
  )
  if (job.status === 'stopped') {
    io.stderr.write(`readout-lens: import stopped: ${job.stopReason}\n`)
    return 1
  }
  if (interrupted) {
    io.stderr.write(
      'readout-lens: interrupted; what was found so far is saved (rerun to continue).\n',
    )
    return 130
  }
  return 0
}
