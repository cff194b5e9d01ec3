// The background's archive import: one job at a time, its state in storage.local after every
// request (ARCHIVE_KEY), so a background that was stopped (Chromium ends idle workers, Firefox
// unloads event pages) resumes where it was: at its next start, or from the keep-alive alarm.
// Each event is written in its own transaction (writeEvents): an interrupted write leaves no
// half event, and a story fetched again merges into itself unchanged.
import {
  CCTV_ORIGIN,
  newArchiveJob,
  POLITE,
  runArchiveJob,
  type ArchiveFetcher,
  type ArchiveJob,
  type EventSink,
  type Politeness,
} from '../../core/archive'
import type { LexiconEntry } from '../../core/types'
import type { ArchiveRecord } from '../../shared/archive'
import type { LensDb } from '../../shared/db/schema'
import { InvalidInput } from '../../shared/errors'
import { putImported } from './sink'

export interface ArchiveEnv {
  db(): Promise<LensDb>
  load(): Promise<ArchiveRecord | null>
  save(record: ArchiveRecord): Promise<void>
  fetcher: ArchiveFetcher
  /** While a job runs: keep the background alive / wake it if it was stopped. */
  keepAlive(on: boolean): void
  extraPhrases(): Promise<LexiconEntry[]>
  now(): number
}

export interface ArchiveRunner {
  start(range: {
    from: string
    to: string
    origin?: string
    politeness?: Partial<Politeness>
  }): Promise<ArchiveRecord>
  pause(): Promise<ArchiveRecord | null>
  resume(): Promise<ArchiveRecord | null>
  cancel(): Promise<ArchiveRecord | null>
  status(): Promise<ArchiveRecord | null>
  /** Continue a job the storage says is running (background start, alarm). */
  ensureRunning(): Promise<void>
}

const warn = (e: unknown) => console.warn('Readout Lens: archive import failed', e)

class Halted extends Error {
  override name = 'Halted'
}

function dbSink(env: ArchiveEnv): EventSink {
  return {
    async put(ev) {
      return putImported(await env.db(), ev)
    },
  }
}

export function archiveRunner(env: ArchiveEnv): ArchiveRunner {
  let loop: Promise<ArchiveRecord> | null = null
  let halt: 'paused' | 'cancelled' | null = null
  let wake: (() => void) | null = null

  const stamp = (record: ArchiveRecord, job: ArchiveJob): ArchiveRecord => ({
    ...record,
    job,
    updatedAt: new Date(env.now()).toISOString(),
  })

  function drive(record: ArchiveRecord): Promise<ArchiveRecord> {
    halt = null
    env.keepAlive(true)
    loop = (async () => {
      let last = record
      try {
        const job = await runArchiveJob(
          record.job,
          {
            fetcher: env.fetcher,
            sink: dbSink(env),
            now: env.now,
            sleep: (ms) =>
              new Promise<void>((resolve, reject) => {
                const t = setTimeout(() => {
                  wake = null
                  resolve()
                }, ms)
                wake = () => {
                  clearTimeout(t)
                  reject(new Halted())
                }
              }),
            politeness: record.politeness,
            analyzeOptions: { extraPhrases: await env.extraPhrases() },
          },
          {
            save: async (job) => {
              last = stamp(record, job)
              await env.save(last)
            },
            halted: () => halt !== null,
          },
        )
        last = stamp(record, halt ? { ...job, status: halt } : job)
        await env.save(last)
        return last
      } finally {
        loop = null
        halt = null
        wake = null
        env.keepAlive(false)
      }
    })()
    return loop
  }

  async function stop(how: 'paused' | 'cancelled'): Promise<ArchiveRecord | null> {
    if (loop) {
      halt = how
      wake?.()
      return loop
    }
    const record = await env.load()
    if (!record) return null
    const s = record.job.status
    if (s === 'done' || s === 'cancelled' || (how === 'paused' && s !== 'running')) return record
    const next = stamp(record, { ...record.job, status: how })
    await env.save(next)
    return next
  }

  return {
    async start(range) {
      if (loop) throw new InvalidInput('an import is already running: pause or cancel it first')
      const politeness: Politeness = { ...POLITE, ...range.politeness }
      const job = newArchiveJob(
        { from: range.from, to: range.to, origin: range.origin ?? CCTV_ORIGIN },
        politeness,
      )
      const now = new Date(env.now()).toISOString()
      const record: ArchiveRecord = { job, politeness, startedAt: now, updatedAt: now }
      await env.save(record)
      void drive(record).catch(warn)
      return record
    },
    pause: () => stop('paused'),
    cancel: () => stop('cancelled'),
    async resume() {
      if (loop) return env.load()
      const record = await env.load()
      if (!record) return null
      const s = record.job.status
      if (s !== 'paused' && s !== 'stopped' && s !== 'running') return record
      const next = stamp(record, { ...record.job, status: 'running', stopReason: null, stop: null })
      await env.save(next)
      void drive(next).catch(warn)
      return next
    },
    status: () => env.load(),
    async ensureRunning() {
      if (loop) return
      const record = await env.load()
      if (record?.job.status === 'running') void drive(record).catch(warn)
      else env.keepAlive(false)
    },
  }
}
