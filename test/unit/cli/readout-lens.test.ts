// End-to-end: the built `readout-lens` bin, spawned as a user would run it, on the seeds.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const BIN = join(ROOT, 'bin/readout-lens.mjs')
const SEEDS = join(ROOT, 'src/corpus/seeds')
const SEED_004 = join(SEEDS, '004_b2d7573299a9be4d.txt')
const SEED_001 = join(SEEDS, '001_96d157e4e4bc6efd.txt')
const ANSI = /\x1b\[[0-9;]*m/ // eslint-disable-line no-control-regex
const dir = mkdtempSync(join(tmpdir(), 'readout-lens-cli-'))

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function run(args: string[], env: Record<string, string> = {}, input?: string): Run {
  const base = { ...process.env }
  delete base.FORCE_COLOR
  delete base.NO_COLOR
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...env },
    input: input ?? '',
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function keysOf(o: object): string[] {
  return Object.keys(o).sort()
}
const nullableString = (v: unknown) => v === null || typeof v === 'string'
const KINDS = ['call', 'video', 'talks', 'meeting', 'other']

describe('readout-lens analyze --json', () => {
  let r: Run
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed CLI output is checked key by key below
  let out: any
  beforeAll(() => {
    r = run(['analyze', SEED_004, '--json'])
    out = JSON.parse(r.stdout)
  })

  it('exits 0 with nothing on stderr', () => {
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
  })

  it('has exactly the documented top-level keys and types', () => {
    expect(keysOf(out)).toEqual([
      'confidence',
      'event',
      'firstSeen',
      'history',
      'isReadout',
      'language',
      'mentions',
      'novel',
      'outlet',
      'phrases',
      'published',
      'related',
      'sinceLast',
      'title',
      'turns',
      'url',
    ])
    expect(out.isReadout).toBe(true)
    expect(out.language).toBe('zh')
    // The built-in index holds the call of 2021-08-25 with Putin before this video meeting.
    expect(out.sinceLast.event).toEqual({
      id: '2021-08-25:call:普京',
      date: '2021-08-25',
      kind: 'call',
      title: expect.any(String),
    })
    expect(out.history[0].id).toBe('2021-08-25:call:普京')
    expect(out.confidence).toBeGreaterThan(0.5)
    expect(out.confidence).toBeLessThanOrEqual(1)
    expect(out.title).toBe('中俄元首年内再度视频会晤 传递这些重要信息')
    expect(out.published).toBe('2021-12-16')
    expect(out.outlet).toBe('新浪财经')
    expect(out.url).toBeNull()
    // The built-in index holds four events: too few to call anything new.
    expect(out.novel).toEqual([])
    expect(out.firstSeen).toEqual([])
  })

  it('event: date, kind, participants, counterpart object, requestedBy, place', () => {
    expect(keysOf(out.event)).toEqual([
      'counterpart',
      'date',
      'kind',
      'participants',
      'place',
      'requestedBy',
    ])
    expect(out.event).toEqual({
      date: '2021-12-15',
      kind: 'video',
      participants: ['习近平', '普京'],
      counterpart: { name: '普京', country: '俄罗斯', title: '总统' },
      requestedBy: null,
      place: '北京',
    })
  })

  it('turns: speaker, verb, rule, text, start, end — text is the source at those offsets', () => {
    expect(out.turns.length).toBeGreaterThan(10)
    const src = readFileSync(SEED_004, 'utf8')
    for (const t of out.turns) {
      expect(keysOf(t)).toEqual(['end', 'rule', 'speaker', 'start', 'text', 'verb'])
      expect(nullableString(t.speaker) && nullableString(t.verb)).toBe(true)
      expect(Number.isInteger(t.start) && Number.isInteger(t.end) && t.end > t.start).toBe(true)
      expect(src).toContain(t.text) // Markdown: offsets are into the collected body text
    }
    expect(
      out.turns.some(
        (t: { speaker: string; verb: string }) => t.speaker === '习近平' && t.verb === '指出',
      ),
    ).toBe(true)
    expect(out.turns.some((t: { speaker: string }) => t.speaker === '普京')).toBe(true)
    expect(out.turns.some((t: { speaker: string }) => t.speaker === '双方')).toBe(true)
  })

  it('phrases: text, category, start, end; mentions: date, kind, text', () => {
    expect(out.phrases.length).toBeGreaterThan(10)
    for (const p of out.phrases) {
      expect(keysOf(p)).toEqual(['category', 'end', 'start', 'text'])
      expect(typeof p.category).toBe('string')
    }
    for (const m of out.mentions) {
      expect(keysOf(m)).toEqual(['date', 'kind', 'text'])
      expect(KINDS).toContain(m.kind)
    }
    expect(out.mentions).toContainEqual({
      date: '2021-08-25',
      kind: 'call',
      text: '8月25日，两国元首通电话',
    })
  })

  it('related: the 2021-08-25 call first, with the reason, from the built-in index', () => {
    for (const rel of out.related)
      expect(keysOf(rel)).toEqual(['date', 'id', 'kind', 'score', 'title', 'why'])
    expect(out.related[0]).toMatchObject({
      id: '2021-08-25:call:普京',
      date: '2021-08-25',
      kind: 'call',
      title: '习近平同俄罗斯总统普京通电话',
    })
    expect(out.related[0].why).toMatch(/mentioned in the text \(8月25日，两国元首通电话\)/)
    expect(typeof out.related[0].score).toBe('number')
    expect(out.related.map((x: { id: string }) => x.id)).not.toContain('2021-12-15:video:普京')
  })

  it('plain text input: offsets index the file itself; --url and --published are reported', () => {
    const r2 = run([
      'analyze',
      SEED_001,
      '--json',
      '--url',
      'https://www.kankanews.com/detail/abc',
      '--published',
      '2021-08-25',
    ])
    expect(r2.status).toBe(0)
    const o = JSON.parse(r2.stdout)
    const src = readFileSync(SEED_001, 'utf8')
    for (const t of o.turns) expect(src.slice(t.start, t.end)).toBe(t.text)
    for (const p of o.phrases) expect(src.slice(p.start, p.end)).toBe(p.text)
    expect(o.url).toBe('https://www.kankanews.com/detail/abc')
    expect(o.published).toBe('2021-08-25')
    expect(o.event.date).toBe('2021-08-25')
  })
})

describe('readout-lens analyze on saved HTML pages', () => {
  const FIXTURES = join(ROOT, 'test/fixtures/sites')
  const meta = (site: string) => JSON.parse(readFileSync(join(FIXTURES, site, 'meta.json'), 'utf8'))

  it('a Sina readout page through its site adapter', () => {
    const r = run([
      'analyze',
      join(FIXTURES, 'sina/readout.html'),
      '--url',
      meta('sina').url,
      '--json',
    ])
    expect(r.status).toBe(0)
    const o = JSON.parse(r.stdout)
    expect(o.isReadout).toBe(true)
    expect(o.url).toBe(meta('sina').url)
    expect(o.event).toMatchObject({
      date: '2021-12-15',
      kind: 'video',
      counterpart: { name: '普京' },
    })
    expect(o.related[0].id).toBe('2021-08-25:call:普京')
  })

  it('a non-readout page: isReadout false, no event, no related events', () => {
    const r = run([
      'analyze',
      join(FIXTURES, 'sina/other.html'),
      '--url',
      meta('sina').otherUrl,
      '--json',
    ])
    expect(r.status).toBe(0)
    const o = JSON.parse(r.stdout)
    expect(o.isReadout).toBe(false)
    expect(o.event).toBeNull()
    expect(o.related).toEqual([])
  })
})

describe('readout-lens analyze - (standard input)', () => {
  it('reads the page from stdin', () => {
    const r = run(['analyze', '-', '--json'], {}, readFileSync(SEED_001, 'utf8'))
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).event.date).toBe('2021-08-25')
  })

  it('empty stdin is a clear error', () => {
    const r = run(['analyze', '-'], {}, '')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/standard input: the file is empty/)
  })
})

describe('readout-lens analyze (report)', () => {
  it('prints a plain report when stdout is not a terminal', () => {
    const r = run(['analyze', SEED_004])
    expect(r.status).toBe(0)
    expect(r.stdout).not.toMatch(ANSI)
    expect(r.stdout).toContain('Event      2021-12-15 · video meeting')
    expect(r.stdout).toContain('Counterpart 普京 (俄罗斯 总统)')
    expect(r.stdout).toMatch(/Who said what \(\d+ sentences\)/)
    expect(r.stdout).toMatch(/Key phrases \(\d+\)/)
    expect(r.stdout).toContain('2021-08-25 phone call: 8月25日，两国元首通电话')
    expect(r.stdout).toMatch(/1\. 2021-08-25 phone call — 习近平同俄罗斯总统普京通电话/)
  })

  it('colours speakers when forced (as on a terminal) and not with NO_COLOR', () => {
    expect(run(['analyze', SEED_004], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI)
    expect(run(['analyze', SEED_004], { NO_COLOR: '1' }).stdout).not.toMatch(ANSI)
  })

  it('ranks against --index FILE', () => {
    const idx = join(dir, 'only-2020.json')
    const full = JSON.parse(readFileSync(join(ROOT, 'src/corpus/index.json'), 'utf8'))
    writeFileSync(
      idx,
      JSON.stringify({
        ...full,
        events: full.events.filter((e: { id: string }) => e.id.startsWith('2020')),
      }),
    )
    const o = JSON.parse(run(['analyze', SEED_004, '--json', '--index', idx]).stdout)
    expect(o.related.map((x: { id: string }) => x.id)).toEqual(['2020-07-08:call:普京'])
  })
})

describe('readout-lens errors and exit codes', () => {
  const empty = join(dir, 'empty.txt')
  const blank = join(dir, 'blank.txt')
  const binary = join(dir, 'binary.txt')
  const notIndex = join(dir, 'not-index.json')
  writeFileSync(empty, '')
  writeFileSync(blank, '\n  \n\t\n')
  writeFileSync(
    binary,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  )
  writeFileSync(notIndex, '{"hello":1}')

  it.each([
    ['a missing file', [join(dir, 'missing.txt')], /missing\.txt: no such file/],
    ['an empty file', [empty], /empty\.txt: the file is empty/],
    ['a whitespace-only file', [blank], /blank\.txt: the file holds only whitespace/],
    ['a binary file', [binary], /binary\.txt: looks like a binary file/],
    ['a directory', [dir], /is a directory/],
    ['a bad --index', [SEED_004, '--index', notIndex], /not a readout-lens index/],
  ])('%s: a clear message on stderr, exit 1', (_what, args, message) => {
    const r = run(['analyze', ...(args as string[])])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message as RegExp)
    expect(r.stderr).not.toMatch(/internal error|at .*\.mjs/)
  })

  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['analyze without a file', ['analyze']],
    ['analyze with two files', ['analyze', SEED_001, SEED_004]],
    ['an unknown option', ['analyze', SEED_001, '--colour']],
    ['a bad --published', ['analyze', SEED_001, '--published', '2021-02-30']],
    ['a bad --url', ['analyze', SEED_001, '--url', 'not a url']],
    ['build-index without -o', ['build-index', SEEDS]],
  ])('usage error (%s): exit 2 with a hint', (_what, args) => {
    const r = run(args)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/readout-lens --help/)
  })

  it('--help and --version exit 0', () => {
    const h = run(['--help'])
    expect(h.status).toBe(0)
    expect(h.stdout).toMatch(/readout-lens analyze <file>/)
    expect(h.stdout).toMatch(/build-index <dir> -o <file>/)
    const v = run(['--version'])
    expect(v.status).toBe(0)
    expect(v.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    )
  })
})

describe('readout-lens build-index', () => {
  it('builds the seed index: 4 events, the 2021-08-25 call with two sources', () => {
    const out = join(dir, 'index.json')
    const r = run(['build-index', SEEDS, '-o', out])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/4 events from 5 pages/)
    const index = JSON.parse(readFileSync(out, 'utf8'))
    expect(index.format).toBe('readout-lens-index')
    expect(index.events).toHaveLength(4)
    expect(
      index.events.find((e: { id: string }) => e.id === '2021-08-25:call:普京').sources,
    ).toHaveLength(2)
    // same events as the committed, shipped index
    expect(index.events).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'src/corpus/index.json'), 'utf8')).events,
    )
  })

  it('creates the output directory, and fails clearly when the output cannot be written', () => {
    const nested = join(dir, 'a/b/index.json')
    expect(run(['build-index', SEEDS, '-o', nested]).status).toBe(0)
    expect(JSON.parse(readFileSync(nested, 'utf8')).events).toHaveLength(4)
    const r = run(['build-index', SEEDS, '-o', join(dir, 'a')]) // a directory
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/cannot write/)
    expect(r.stderr).not.toMatch(/internal error/)
  })

  it('fails clearly on a directory that does not exist or holds no sources', () => {
    expect(run(['build-index', join(dir, 'nope'), '-o', join(dir, 'x.json')]).status).toBe(1)
    const emptyDir = mkdtempSync(join(dir, 'empty-'))
    const r = run(['build-index', emptyDir, '-o', join(dir, 'y.json')])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/no readable/)
  })
})
