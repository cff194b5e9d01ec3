// The archive import's problems and stop reasons are worded by the UI from their cause data
// (shared/archive-progress.tsx), every key present in both locales; records saved before the
// causes existed fall back to their English text. Outside an extension `t` answers
// `key(args)`, which shows which message and substitutions were chosen.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { newArchiveJob, POLITE, type ProblemCause } from '../../../src/core/archive'
import { causeText, stopText } from '../../../src/shared/archive-progress'

const CAUSES: ProblemCause[] = [
  { code: 'missing', status: 404, tries: 1 },
  { code: 'http', status: 500, tries: 4 },
  { code: 'network', message: 'ECONNRESET', tries: 4 },
  { code: 'too-large', chars: 3_000_000 },
  { code: 'not-story' },
  { code: 'empty-story' },
  { code: 'not-day-page' },
  { code: 'not-readout', confidence: 0.3 },
  { code: 'no-event' },
]

const locale = (loc: string) =>
  JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Record<
    string,
    unknown
  >

describe('archive texts', () => {
  it('word every cause by a message both locales hold', () => {
    const keys = CAUSES.map((c) => /^(\w+)\(|^(\w+)$/.exec(causeText(c))!.slice(1).find(Boolean)!)
    expect(new Set(keys).size).toBe(CAUSES.length)
    for (const loc of ['en', 'zh_CN'])
      for (const k of keys) expect(locale(loc)[k], `${loc} ${k}`).toBeDefined()
    expect(causeText({ code: 'http', status: 500, tries: 4 })).toBe('archiveCause_http(500, 4)')
    expect(causeText({ code: 'not-readout', confidence: 0.3 })).toBe(
      'archiveCause_not_readout(0.30)',
    )
  })

  it('word why a job stopped, falling back to the English reason of older records', () => {
    const job = newArchiveJob({ from: '2023-01-01', to: '2023-01-02', origin: 'o' }, POLITE)
    const stopped = { ...job, status: 'stopped' as const, stopReason: 'English reason' }
    expect(stopText(stopped)).toBe('English reason')
    expect(
      stopText({
        ...stopped,
        stop: {
          code: 'failures',
          count: 3,
          url: 'u',
          last: { code: 'http', status: 503, tries: 4 },
        },
      }),
    ).toBe('archiveStopFailures(3, archiveCause_http(503, 4), u)')
    expect(stopText({ ...stopped, stop: { code: 'write', message: 'x', quota: true } })).toBe(
      'archiveStopQuota',
    )
    expect(stopText({ ...stopped, stop: { code: 'write', message: 'gone', quota: false } })).toBe(
      'archiveStopWrite(gone)',
    )
    expect(stopText(job)).toBeNull()
  })
})
