// The CLI on English readouts: `analyze` of a White House readout, `compare` of a CCTV readout
// with the White House's readout of the same call (real pages, ../shared/realpages).
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIO } from '../../../src/cli/io'
import { main } from '../../../src/cli/main'
import { cctvReadout, whiteHouseReadouts } from '../realpages'

function run(args: string[]): { code: number | Promise<number>; out: string; err: string } {
  const s = {
    out: '',
    err: '',
    env: {},
    moduleUrl: 'file:///nonexistent/readout-lens.mjs',
    stdout: { write: (t: string) => (s.out += t), isTTY: false },
    stderr: { write: (t: string) => (s.err += t) },
  }
  const code = main(args, s as CliIO & typeof s)
  return { code, out: s.out, err: s.err }
}

const wh = (date: string) => whiteHouseReadouts().find((f) => basename(f).startsWith(date))!
const WH_URL =
  'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/07/28/readout-of-president-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china/'

describe('readout-lens on English readouts', () => {
  it('analyze --json: isReadout, language en, participants with 习近平', () => {
    const r = run(['analyze', wh('2022-07-28'), '--url', WH_URL, '--json'])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out)
    expect(j.isReadout).toBe(true)
    expect(j.language).toBe('en')
    expect(j.url).toBe(WH_URL)
    expect(j.event.participants).toContain('习近平')
    expect(j.event).toMatchObject({ date: '2022-07-28', kind: 'call' })
  })

  it('compare ZH EN --json: sameEvent and topics {both, onlyA, onlyB} with A the first file', () => {
    const zh = cctvReadout('2022-07-28', '拜登')
    const r = run([
      'compare',
      zh.path,
      wh('2022-07-28'),
      '--url',
      zh.url,
      '--url',
      WH_URL,
      '--json',
    ])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out)
    expect(j.sameEvent).toBe(true)
    expect(Object.keys(j.topics).sort()).toEqual(['both', 'onlyA', 'onlyB'])
    expect(j.topics.both).toContain('taiwan')
    expect(j.topics.onlyA).toContain('ukraine')
    expect(j.topics.onlyB).toContain('climate')
    expect(j.requested.a).toEqual({ requestedBy: '拜登', evidence: '应约' })
    expect(j.languages).toEqual({ a: 'zh', b: 'en' })
    // Swapped, A is the White House.
    const swapped = JSON.parse(
      run(['compare', wh('2022-07-28'), zh.path, '--url', WH_URL, '--url', zh.url, '--json']).out,
    )
    expect(swapped.topics.onlyB).toContain('ukraine')
    expect(swapped.topics.onlyA).toContain('climate')
  })

  it('compare of two different calls: sameEvent false; the report names the topics', () => {
    const zh = cctvReadout('2022-11-14', '拜登')
    const j = JSON.parse(run(['compare', zh.path, wh('2022-07-28'), '--url', zh.url, '--json']).out)
    expect(j.sameEvent).toBe(false)
    expect(j.pairing.mismatch).toContain('date')
    const report = run(['compare', zh.path, wh('2022-11-14'), '--url', zh.url]).out
    expect(report).toMatch(/Pairing\n {2}same event/)
    expect(report).toMatch(/only B: {3}.*Xinjiang/)
    expect(report).toMatch(/Who asked for the call\n {2}A: does not say\n {2}B: does not say/)
  })
})
