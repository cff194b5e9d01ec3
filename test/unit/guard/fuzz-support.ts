// Shared pieces of the fuzz suite: the real documents the mutations start from (built-in seeds,
// site fixtures), the mutations, and the invariants every intake + analysis result must keep.
//
// Reproducible: every property runs with FUZZ_SEED (default below). Raise the number of
// documents with FUZZ_SCALE (a multiplier, e.g. `FUZZ_SCALE=10 npx vitest run test/unit/guard`).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { expect } from 'vitest'
import type { Analysis, Article } from '../../../src/core/types'
import t2s from '../../../src/core/data/t2s.json'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..')

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261121)
export const FUZZ_SCALE = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? 1))
/** Per-document budget for intake + analysis (issue 6: "no hang over one second"). */
export const MAX_MS = 1000

export function runs(base: number): number {
  return Math.max(1, Math.round(base * FUZZ_SCALE))
}

export const seedFiles: string[] = readdirSync(join(ROOT, 'src/corpus/seeds'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'src/corpus/seeds', f), 'utf8'))

export interface HtmlFixture {
  url: string
  html: string
}

/** Every site fixture page (readouts and other articles) with the URL it is served at. */
export const siteFixtures: HtmlFixture[] = readdirSync(join(ROOT, 'test/fixtures/sites'), {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const dir = join(ROOT, 'test/fixtures/sites', d.name)
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Record<string, string>
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => ({
        url: f.startsWith('other') ? meta.otherUrl! : meta.url!,
        html: readFileSync(join(dir, f), 'utf8'),
      }))
  })

/** The HTML bodies of the Markdown seeds (front matter removed). */
const FRONT = /^\s*---[\s\S]*?\n---\s*/
export const seedHtmlBodies: string[] = seedFiles
  .filter((s) => FRONT.test(s))
  .map((s) => s.replace(FRONT, ''))

// Simplified → traditional for the characters the OpenCC-derived table knows.
const s2t = new Map<string, string>()
for (let i = 0; i < t2s.from.length; i++) s2t.set(t2s.to[i]!, t2s.from[i]!)
export function toTraditional(s: string): string {
  let out = ''
  for (const ch of s) out += s2t.get(ch) ?? ch
  return out
}

const TAGS = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<p class="x">',
  '<br>',
  '<span>',
  '</span></span></span>',
  '<script>document.write("<p>习近平指出")</script>',
  '<style>p{color:red}</style>',
  '<iframe src="https://www.news.cn/"></iframe>',
  '<template><p>习近平强调，模板。</p></template>',
  '<noscript>普京表示</noscript>',
  '<svg><text>习近平</text></svg>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<ul><li>推荐阅读',
  '<h1>',
  '<article>',
  '</article>',
  '<a href="javascript:alert(1)">',
  '<readout-lens-panel>',
  '<body>',
  '</html>',
  '<',
  '>',
  '&amp;',
  '&#x4e60;',
  '&#0;',
  '&nbsp;',
]

const PHRASES = [
  '习近平指出，',
  '普京表示，',
  '他强调，',
  '双方一致认为，',
  '国家主席习近平8月25日应约同俄罗斯总统普京通电话。',
  '6月28日，两国元首举行视频会晤。',
  '“',
  '”',
  '《',
  '》',
  '。',
  '，',
  '：',
  '\n',
  '\r\n',
  '3\n月\n20\n日',
  '２０２２年',
  '新华社北京8月25日电',
  '---\n',
  'title: ',
  'date: 2021-13-45\n',
]

const CONTROL = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085']
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\ufeff', '\u202e', '\u3000']

/** Text to insert: tags, readout phrases, control chars, random unicode (lone surrogates too). */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TAGS),
  fc.constantFrom(...PHRASES),
  fc.constantFrom(...CONTROL, ...INVISIBLE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c).repeat(3)),
)

export type Mutation =
  | { op: 'cut'; at: number; len: number }
  | { op: 'keep'; at: number; len: number }
  | { op: 'dup'; at: number; len: number; times: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'run'; at: number; text: string; times: number }
  | { op: 'strip-closers' }
  | { op: 'traditional'; at: number; len: number }
  | { op: 'swap'; a: number; b: number; len: number }

const pos = fc.double({ min: 0, max: 1, noNaN: true })

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: pos, len: pos }),
  fc.record({ op: fc.constant('keep' as const), at: pos, len: pos }),
  fc.record({
    op: fc.constant('dup' as const),
    at: pos,
    len: pos,
    times: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('insert' as const), at: pos, text: insertion }),
  fc.record({ op: fc.constant('insert' as const), at: pos, text: insertion }),
  fc.record({
    op: fc.constant('run' as const),
    at: pos,
    text: fc.oneof(fc.constantFrom(...PHRASES, ...TAGS.slice(0, 8), 'a', ' '), insertion),
    // Huge runs: up to ~40,000 characters of one repeated piece.
    times: fc.integer({ min: 50, max: 4000 }),
  }),
  fc.constant({ op: 'strip-closers' as const }),
  fc.record({ op: fc.constant('traditional' as const), at: pos, len: pos }),
  fc.record({ op: fc.constant('swap' as const), a: pos, b: pos, len: pos }),
)

const MAX_RUN_CHARS = 40_000

export function applyMutation(doc: string, m: Mutation): string {
  const n = doc.length
  const at = (p: number) => Math.floor(p * n)
  switch (m.op) {
    // Lengths are skewed (cube) so most cuts are small and most kept windows large: the
    // document usually stays an article, and now and then loses nearly everything.
    case 'cut': {
      const s = at(m.at)
      return doc.slice(0, s) + doc.slice(s + Math.floor(m.len ** 3 * (n - s)))
    }
    case 'keep': {
      const s = Math.floor(m.at ** 3 * n)
      return doc.slice(s, s + Math.max(1, Math.floor((1 - m.len ** 3) * (n - s))))
    }
    case 'dup': {
      const s = at(m.at)
      const piece = doc.slice(s, s + Math.floor(m.len * Math.min(n - s, 5000)))
      return doc.slice(0, s) + piece.repeat(m.times + 1) + doc.slice(s + piece.length)
    }
    case 'insert': {
      const s = at(m.at)
      return doc.slice(0, s) + m.text + doc.slice(s)
    }
    case 'run': {
      const s = at(m.at)
      const times = Math.min(m.times, Math.floor(MAX_RUN_CHARS / Math.max(1, m.text.length)))
      return doc.slice(0, s) + m.text.repeat(times) + doc.slice(s)
    }
    case 'strip-closers':
      return doc.replace(/<\/(p|div|span|article|section|td|li)>/g, '')
    case 'traditional': {
      const s = at(m.at)
      const e = s + Math.floor(m.len * (n - s))
      return doc.slice(0, s) + toTraditional(doc.slice(s, e)) + doc.slice(e)
    }
    case 'swap': {
      // Move a block elsewhere (paragraph order, split tags).
      const a = at(m.a)
      const len = Math.floor(m.len * Math.min(n - a, 3000))
      const piece = doc.slice(a, a + len)
      const rest = doc.slice(0, a) + doc.slice(a + len)
      const b = Math.floor(m.b * rest.length)
      return rest.slice(0, b) + piece + rest.slice(b)
    }
  }
}

/** A real document mutated 1–6 times. */
export function mutated(bases: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: bases.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 6 }),
    )
    .map(([i, ms]) => ms.reduce(applyMutation, bases[i]!))
}

/** Documents that owe nothing to the seeds: random unicode, pieces and tags glued together. */
export const randomDoc: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.array(insertion, { maxLength: 200 }).map((xs) => xs.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PHRASES), insertion), { minLength: 1, maxLength: 300 })
    .map((xs) => xs.join('')),
)

type Span = { start: number; end: number; text: string }

function checkSpans(label: string, text: string, spans: readonly Span[]): void {
  for (const s of spans) {
    const ok =
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end >= s.start &&
      s.end <= text.length &&
      text.slice(s.start, s.end) === s.text
    if (!ok) {
      expect.fail(
        `${label} span [${s.start}, ${s.end}) does not match its text ${JSON.stringify(s.text.slice(0, 60))} (text length ${text.length}, slice ${JSON.stringify(text.slice(s.start, Math.min(s.end, s.start + 60)))})`,
      )
    }
  }
}

/** Every offset of the article and its analysis points at the verbatim text it claims. */
export function checkOffsets(article: Article, analysis: Analysis): void {
  const text = article.text
  expect(typeof text).toBe('string')
  checkSpans('paragraph', text, article.paragraphs)
  checkSpans('turn', text, analysis.turns)
  checkSpans('phrase', text, analysis.phrases)
  checkSpans('mention', text, analysis.mentions)
  expect(analysis.confidence).toBeGreaterThanOrEqual(0)
  expect(analysis.confidence).toBeLessThanOrEqual(1)
}

/**
 * Run `fn`, failing when it takes longer than MAX_MS. A slow first run is measured again
 * before failing: on a shared 2-core machine a GC pause or a neighbour's burst can stall one
 * run, while a real hang is slow every time.
 */
export function timed<T>(label: string, doc: string, fn: () => T): T {
  const t0 = performance.now()
  const out = fn()
  const first = performance.now() - t0
  if (first <= MAX_MS) return out
  const t1 = performance.now()
  fn()
  const again = performance.now() - t1
  if (again > MAX_MS) {
    expect.fail(
      `${label} took ${first.toFixed(0)} ms, then ${again.toFixed(0)} ms (> ${MAX_MS}) on a ${doc.length}-char document`,
    )
  }
  return out
}

/** Markdown seeds with the body mutated and, now and then, the front matter too. */
export function mutatedMarkdown(): fc.Arbitrary<string> {
  const parts = seedFiles
    .filter((s) => FRONT.test(s))
    .map((s) => {
      const m = FRONT.exec(s)!
      return { front: m[0], body: s.slice(m[0].length) }
    })
  return fc
    .tuple(
      fc.integer({ min: 0, max: parts.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 6 }),
      fc.oneof(
        { arbitrary: fc.constant(null), weight: 4 },
        { arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }), weight: 1 },
      ),
    )
    .map(([i, bodyMs, frontMs]) => {
      const { front, body } = parts[i]!
      return (frontMs ?? []).reduce(applyMutation, front) + bodyMs.reduce(applyMutation, body)
    })
}
