// The archive import as a resumable job: a plain JSON state (persisted by the caller after
// every step: storage.local in the extension, memory in the CLI) and `step`, which fetches ONE
// page and returns the next state. Newest day first; a day's readout stories are fetched
// before the day before it. Whatever stops the process between two steps, rerunning the step
// from the saved state repeats one request and adds nothing twice (the sink merges by id).
import type { AnalyzeOptions } from '../analyze'
import { articleEvent } from '../index/build'
import type { IndexedEvent } from '../types'
import { dayPageUrl, parseDayPage, storyUrlAt, type DayStory } from './day-page'
import { addDays, daysInRange } from './days'
import { intervalOf, isRetryable, retryDelay, type Politeness } from './politeness'
import { isReadoutHeadline } from './select'
import { parseStoryPage, type StoryCause } from './story-page'

export interface FetchResult {
  status: number
  body: string
  /** From a Retry-After header, when the answer had one. */
  retryAfterMs?: number | null
}

/** Network access: `fetch` in the extension, node:http/fetch in the CLI. Throws on network errors. */
export interface ArchiveFetcher {
  get(url: string): Promise<FetchResult>
}

export type PutOutcome = 'added' | 'merged' | 'unchanged'

/** Where events go: one write per event (one transaction in the extension: no half events). */
export interface EventSink {
  put(event: IndexedEvent): Promise<PutOutcome>
}

export interface ArchiveDeps {
  fetcher: ArchiveFetcher
  sink: EventSink
  now(): number
  /** Resolves after `ms` (early when the job is being paused or cancelled). */
  sleep(ms: number): Promise<void>
  politeness: Politeness
  /** Extra phrases the analysis looks for (the user's custom phrases). */
  analyzeOptions?: AnalyzeOptions
}

export type ProblemKind = 'missing' | 'http' | 'network' | 'unreadable' | 'not-readout'

/** What went wrong, as data, so each UI says it in its own language (`detail` is English). */
export type ProblemCause =
  | { code: 'missing' | 'http'; status: number; tries: number }
  | { code: 'network'; message: string; tries: number }
  | StoryCause
  | { code: 'not-day-page' }
  | { code: 'not-readout'; confidence: number }
  | { code: 'no-event' }

export interface ArchiveProblem {
  kind: ProblemKind
  url: string
  /** The evening whose page or story it was. */
  day: string
  /** In English, for the CLI (and records written before `cause`). */
  detail: string
  /** The story's headline (absent for a day page). */
  title?: string
  cause?: ProblemCause
}

/** Why a job stopped on its own, as data (`stopReason` says it in English). */
export type StopCause =
  | { code: 'failures'; count: number; url: string; last: ProblemCause }
  /** `quota`: the storage is full (the error said so). */
  | { code: 'write'; message: string; quota: boolean }

export type JobStatus = 'running' | 'paused' | 'done' | 'stopped' | 'cancelled'

export interface ArchiveJob {
  source: 'cctv'
  origin: string
  from: string
  to: string
  /** The evening at hand (newest first); null once every day is scanned. */
  day: string | null
  /** Readout stories of `day` still to fetch; null until the day page is read. */
  queue: DayStory[] | null
  daysDone: number
  daysTotal: number
  /** Readout headlines found on the day pages so far. */
  readouts: number
  added: number
  merged: number
  unchanged: number
  /** Most recent last; capped at MAX_PROBLEMS (counts stay exact in `problemCounts`). */
  problems: ArchiveProblem[]
  problemCounts: Partial<Record<ProblemKind, number>>
  /** Current spacing between requests (grows after a 429). */
  intervalMs: number
  /** Times a 429 made the job slow down. */
  slowdowns: number
  failuresInRow: number
  /** Where the current run of failures began: a stop rewinds here, so resuming retries them. */
  streak:
    (Pick<ArchiveJob, 'day' | 'queue' | 'daysDone' | 'readouts'> & { problems: number }) | null
  status: JobStatus
  /** Why the job stopped on its own (status 'stopped'), in English (the CLI prints it). */
  stopReason: string | null
  /** The same as data, for the UI's languages (absent in records written before it). */
  stop?: StopCause | null
}

export const MAX_PROBLEMS = 200

export function newArchiveJob(
  range: { from: string; to: string; origin: string },
  politeness: Politeness,
): ArchiveJob {
  const total = daysInRange(range.from, range.to)
  return {
    source: 'cctv',
    origin: range.origin,
    from: range.from,
    to: range.to,
    day: total > 0 ? range.to : null,
    queue: null,
    daysDone: 0,
    daysTotal: total,
    readouts: 0,
    added: 0,
    merged: 0,
    unchanged: 0,
    problems: [],
    problemCounts: {},
    intervalMs: intervalOf(politeness),
    slowdowns: 0,
    failuresInRow: 0,
    streak: null,
    status: total > 0 ? 'running' : 'done',
    stopReason: null,
    stop: null,
  }
}

type Got =
  | { ok: true; body: string }
  | { ok: false; kind: 'missing' | 'http' | 'network'; detail: string; cause: ProblemCause }

/** The time of the last request, per process: spacing holds across steps (not persisted). */
export interface Pacer {
  last: number
}

export function newPacer(): Pacer {
  return { last: -Infinity }
}

/** One page with the politeness rules; mutates `job.intervalMs`/`slowdowns` on 429. */
async function politeGet(job: ArchiveJob, url: string, deps: ArchiveDeps, pacer: Pacer) {
  const p = deps.politeness
  let lastFailure = ''
  let lastError = ''
  for (let attempt = 0; ; attempt++) {
    const wait = pacer.last + job.intervalMs - deps.now()
    if (wait > 0) await deps.sleep(wait)
    pacer.last = deps.now()
    let res: FetchResult | null = null
    try {
      res = await deps.fetcher.get(url)
    } catch (e) {
      lastError = (e as Error).message || String(e)
      lastFailure = `network error (${lastError})`
    }
    const tries = attempt + 1
    if (res) {
      if (res.status >= 200 && res.status < 300) return { ok: true, body: res.body } as Got
      if (res.status === 404 || res.status === 410) {
        const cause: ProblemCause = { code: 'missing', status: res.status, tries }
        return { ok: false, kind: 'missing', detail: `HTTP ${res.status}`, cause } as Got
      }
      lastFailure = `HTTP ${res.status}`
      if (res.status === 429) {
        job.intervalMs = Math.min(p.maxBackoffMs, job.intervalMs * 2)
        job.slowdowns++
      }
      if (!isRetryable(res.status))
        return {
          ok: false,
          kind: 'http',
          detail: lastFailure,
          cause: { code: 'http', status: res.status, tries },
        } as Got
    }
    if (attempt >= p.maxRetries) {
      const cause: ProblemCause = res
        ? { code: 'http', status: res.status, tries }
        : { code: 'network', message: lastError, tries }
      const kind = res ? 'http' : 'network'
      return { ok: false, kind, detail: `${lastFailure} after ${tries} tries`, cause } as Got
    }
    await deps.sleep(retryDelay(p, attempt, res?.retryAfterMs ?? null))
  }
}

function report(job: ArchiveJob, problem: ArchiveProblem): void {
  job.problems.push(problem)
  if (job.problems.length > MAX_PROBLEMS) job.problems.splice(0, job.problems.length - MAX_PROBLEMS)
  job.problemCounts[problem.kind] = (job.problemCounts[problem.kind] ?? 0) + 1
}

/** Counts a request that failed for the server's sake; stops the job after too many in a row. */
function failed(
  job: ArchiveJob,
  got: Got & { ok: false },
  url: string,
  deps: ArchiveDeps,
  before: ArchiveJob,
): void {
  if (got.kind === 'missing') return
  job.failuresInRow++
  job.streak ??= {
    day: before.day,
    queue: before.queue,
    daysDone: before.daysDone,
    readouts: before.readouts,
    problems: before.problems.length,
  }
  if (job.failuresInRow >= deps.politeness.maxFailuresInRow) {
    job.status = 'stopped'
    job.stopReason = `${job.failuresInRow} requests in a row failed (last: ${got.detail} for ${url}); the server may be down or refusing us — resume later.`
    job.stop = { code: 'failures', count: job.failuresInRow, url, last: got.cause }
    // Back to the first failure of the run: what failed then is fetched again on resume.
    const { problems, ...at } = job.streak
    for (const p of job.problems.splice(problems)) job.problemCounts[p.kind]! -= 1
    Object.assign(job, at)
    job.failuresInRow = 0
    job.streak = null
  }
}

function succeeded(job: ArchiveJob): void {
  job.failuresInRow = 0
  job.streak = null
}

function nextDay(job: ArchiveJob): void {
  job.daysDone++
  job.queue = null
  const prev = job.day ? addDays(job.day, -1) : null
  job.day = prev && prev >= job.from ? prev : null
  if (job.day === null && job.status === 'running') job.status = 'done'
}

/** What one story page gives: an event to store, or why not (build-index's rule). */
export function storyEvent(
  html: string,
  url: string,
  analyzeOptions?: ArchiveDeps['analyzeOptions'],
):
  | { event: IndexedEvent }
  | { problem: 'unreadable' | 'not-readout'; detail: string; cause: ProblemCause } {
  const parsed = parseStoryPage(html, url)
  if ('unreadable' in parsed)
    return { problem: 'unreadable', detail: parsed.unreadable, cause: parsed.cause }
  const found = articleEvent(parsed.article, 'imported', analyzeOptions)
  if ('event' in found) return { event: found.event }
  const cause: ProblemCause = found.analysis.isReadout
    ? { code: 'no-event' }
    : { code: 'not-readout', confidence: found.analysis.confidence }
  return { problem: 'not-readout', detail: found.reason, cause }
}

/**
 * One request: the day page of `job.day` when its stories are not known yet, else the next
 * story. Returns a new state (the input is not changed).
 */
export async function step(
  input: ArchiveJob,
  deps: ArchiveDeps,
  pacer: Pacer = newPacer(),
): Promise<ArchiveJob> {
  const job: ArchiveJob = structuredClone(input)
  if (job.status !== 'running' || job.day === null) return job
  const day = job.day
  if (job.queue === null) {
    const url = dayPageUrl(job.origin, day)
    const got = await politeGet(job, url, deps, pacer)
    if (!got.ok) {
      report(job, { kind: got.kind, url, day, detail: got.detail, cause: got.cause })
      failed(job, got, url, deps, input)
      if (job.status === 'running') nextDay(job)
      return job
    }
    succeeded(job)
    const page = parseDayPage(got.body)
    if (page.malformed) {
      report(job, {
        kind: 'unreadable',
        url,
        day,
        detail: page.malformed,
        cause: { code: 'not-day-page' },
      })
      nextDay(job)
      return job
    }
    job.queue = page.stories.filter((s) => isReadoutHeadline(s.title))
    job.readouts += job.queue.length
    if (job.queue.length === 0) nextDay(job)
    return job
  }
  const story = job.queue[0]!
  const url = storyUrlAt(job.origin, story.url)
  const got = await politeGet(job, url, deps, pacer)
  if (!got.ok) {
    report(job, {
      kind: got.kind,
      url: story.url,
      day,
      detail: `${story.title}: ${got.detail}`,
      title: story.title,
      cause: got.cause,
    })
    failed(job, got, url, deps, input)
    if (job.status !== 'running') return job
  } else {
    succeeded(job)
    const found = storyEvent(got.body, story.url, deps.analyzeOptions)
    if ('problem' in found) {
      report(job, {
        kind: found.problem,
        url: story.url,
        day,
        detail: `${story.title}: ${found.detail}`,
        title: story.title,
        cause: found.cause,
      })
    } else {
      const outcome = await deps.sink.put(found.event)
      job[outcome]++
    }
  }
  job.queue = job.queue.slice(1)
  if (job.queue.length === 0) nextDay(job)
  return job
}
