// Core analysis throughput (characters per millisecond) in Node: each seed, and a generated
// 200,000-character readout made by recombining seed sentences. Medians of several timed runs
// after a warm-up. Run: `npx tsx scripts/bench-core.ts [--json]`.
//   --json   prints one JSON object: { "analysis_chars_per_ms": <200k figure>, ... }
import { readdirSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze } from '../src/core/analyze'
import { parseText } from '../src/core/intake'
import type { Article } from '../src/core/types'
import { loadArticleFromFile } from '../src/node/load-article'
import { rng } from '../bench/prng'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SEED_DIR = join(ROOT, 'src/corpus/seeds')

/**
 * A long plain-text readout: headline, dateline, event line, then paragraphs that open with a
 * speaker marker (习近平指出/强调, 普京表示, 双方…) followed by sentences drawn from the seeds.
 */
export function generateReadout(articles: Article[], targetChars: number, seed = 20211215): string {
  const sentences: string[] = []
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const s of p.text.split(/(?<=[。！？])/)) {
        const t = s.replace(/^(习近平|普京)(指出|强调|表示|介绍)[，,]/, '').trim()
        if (t.length >= 12 && /[。！？]$/.test(t)) sentences.push(t)
      }
    }
  }
  const openers = [
    '习近平指出，',
    '习近平强调，',
    '普京表示，',
    '双方一致认为，',
    '他指出，',
    '普京介绍了',
  ]
  const rand = rng(seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!
  const parts = [
    '习近平同俄罗斯总统普京举行视频会晤',
    '2021-12-15 20:30:00 新华社',
    '',
    '国家主席习近平12月15日下午在北京同俄罗斯总统普京举行视频会晤。',
  ]
  let length = parts.join('\n').length
  while (length < targetChars) {
    const n = 2 + Math.floor(rand() * 4)
    let para = pick(openers)
    for (let i = 0; i < n; i++) para += pick(sentences)
    parts.push('', para)
    length += para.length + 2
  }
  return parts.join('\n').slice(0, targetChars)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

interface Timing {
  median: number
  /** Fastest sample: what the code can do when the CPU is not shared (a loaded machine skews medians). */
  best: number
}

/** Ms per call of `fn` over several samples, each long enough (≥ 20 ms) to time reliably. */
function timeIt(fn: () => void, samples: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn()
  let reps = 1
  for (;;) {
    const t0 = performance.now()
    for (let i = 0; i < reps; i++) fn()
    if (performance.now() - t0 >= 20 || reps >= 1 << 14) break
    reps *= 2
  }
  const times: number[] = []
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now()
    for (let i = 0; i < reps; i++) fn()
    times.push((performance.now() - t0) / reps)
  }
  return { median: median(times), best: Math.min(...times) }
}

interface Row {
  name: string
  chars: number
  analyzeMs: number
  charsPerMs: number
  bestCharsPerMs: number
  turns: number
  phrases: number
}

function measure(name: string, article: Article, samples: number, warmup: number): Row {
  const analysis = analyze(article)
  const t = timeIt(() => analyze(article), samples, warmup)
  return {
    name,
    chars: article.text.length,
    analyzeMs: t.median,
    charsPerMs: article.text.length / t.median,
    bestCharsPerMs: article.text.length / t.best,
    turns: analysis.turns.length,
    phrases: analysis.phrases.length,
  }
}

function main(): void {
  const json = process.argv.includes('--json')
  const files = readdirSync(SEED_DIR).sort()
  const seeds = files.map((f) => ({
    name: f.replace(/_.*$/, ''),
    article: loadArticleFromFile(join(SEED_DIR, f)),
  }))
  const rows = seeds.map((s) => measure(`seed ${s.name} (${s.article.format})`, s.article, 9, 20))

  const longText = generateReadout(
    seeds.map((s) => s.article),
    200_000,
  )
  const intakeMs = timeIt(() => parseText(longText), 7, 3).median
  const long = parseText(longText)
  const longRow = measure('generated 200k readout', long, 9, 3)
  rows.push(longRow)

  if (json) {
    const out: Record<string, number> = {
      analysis_chars_per_ms: Math.round(longRow.charsPerMs),
      analysis_ms_200k: Number(longRow.analyzeMs.toFixed(2)),
      analysis_chars_per_ms_best: Math.round(longRow.bestCharsPerMs),
      intake_text_chars_per_ms: Math.round(longText.length / intakeMs),
    }
    for (const r of rows.slice(0, -1))
      out[`analysis_chars_per_ms_${r.name.split(' ')[1]}`] = Math.round(r.charsPerMs)
    process.stdout.write(`${JSON.stringify(out)}\n`)
    return
  }
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log(
    `Core analysis throughput — Node ${process.version}, median (and best) of 9 runs after warm-up; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
  )
  console.log(
    `${'input'.padEnd(28)}${pad('chars', 9)}${pad('ms', 10)}${pad('chars/ms', 11)}${pad('best', 8)}${pad('turns', 7)}${pad('phrases', 9)}`,
  )
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(28)}${pad(r.chars, 9)}${pad(r.analyzeMs.toFixed(3), 10)}${pad(Math.round(r.charsPerMs), 11)}${pad(Math.round(r.bestCharsPerMs), 8)}${pad(r.turns, 7)}${pad(r.phrases, 9)}`,
    )
  }
  console.log(
    `text intake of the 200k page: ${intakeMs.toFixed(2)} ms (${Math.round(longText.length / intakeMs)} chars/ms)`,
  )
  console.log(`analysis_chars_per_ms (200k readout): ${Math.round(longRow.charsPerMs)}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
