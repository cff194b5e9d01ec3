// The generated corpora, cached on disk (generation analyses every event: ~5 ms each). A corpus
// of N events is the first N distinct ids of blocks of BLOCK events generated with seeds
// 1000, 1001, … — so the 10k corpus is the first part of the 50k one. Blocks are generated in
// worker threads (two at a time) and keyed by the generator's version and the seed texts.
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { buildSync } from 'esbuild'
import type { IndexedEvent } from '../src/core/types'
import { GENERATOR_VERSION, ROOT } from './gen-corpus'

export const BLOCK = 11_000
const CACHE = join(ROOT, 'node_modules/.cache/readout-lens-bench')

/** Events as served to the browser: `grams` left empty (import recomputes them from the text). */
export type BenchEvent = IndexedEvent

function generatorHash(): string {
  const h = createHash('sha1')
  h.update(`generator v${GENERATOR_VERSION}`)
  const seeds = join(ROOT, 'src/corpus/seeds')
  for (const f of readdirSync(seeds).sort()) h.update(readFileSync(join(seeds, f)))
  return h.digest('hex').slice(0, 12)
}

/** tsx's loader hooks do not reach worker threads: the worker runs from an esbuild bundle. */
function workerBundle(): string {
  const out = join(CACHE, 'gen-worker.mjs')
  buildSync({
    entryPoints: [join(ROOT, 'bench/gen-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
  })
  return out
}

function blockPath(b: number, hash: string): string {
  return join(CACHE, `block-${hash}-${b}.json`)
}

function generateBlock(b: number, path: string): Promise<void> {
  return new Promise((ok, fail) => {
    const w = new Worker(workerBundle(), {
      workerData: { count: BLOCK, seed: 1000 + b, path },
      env: { ...process.env, RL_BENCH_ROOT: ROOT },
    })
    w.once('error', fail)
    w.once('exit', (code) =>
      code === 0 && existsSync(path) ? ok() : fail(new Error(`block ${b}: worker exit ${code}`)),
    )
  })
}

export async function ensureBlocks(n: number, log: (s: string) => void): Promise<string[]> {
  mkdirSync(CACHE, { recursive: true })
  const hash = generatorHash()
  const paths = Array.from({ length: n }, (_, b) => blockPath(b, hash))
  const missing = paths.map((p, b) => [p, b] as const).filter(([p]) => !existsSync(p))
  if (missing.length)
    log(`generating ${missing.length} corpus block(s) of ${BLOCK} events (cached in ${CACHE}) …`)
  for (let i = 0; i < missing.length; i += 2) {
    const t0 = Date.now()
    await Promise.all(missing.slice(i, i + 2).map(([p, b]) => generateBlock(b, p)))
    log(
      `  blocks ${missing
        .slice(i, i + 2)
        .map(([, b]) => b)
        .join(', ')} in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    )
  }
  return paths
}

/** The first `count` distinct events over the blocks. */
export async function corpus(count: number, log: (s: string) => void): Promise<BenchEvent[]> {
  const blocks = Math.ceil((count + Math.floor(count / 10)) / BLOCK)
  const paths = await ensureBlocks(blocks, log)
  const seen = new Set<string>()
  const out: BenchEvent[] = []
  for (const p of paths) {
    for (const ev of JSON.parse(readFileSync(p, 'utf8')) as BenchEvent[]) {
      if (seen.has(ev.id)) continue
      seen.add(ev.id)
      out.push(ev)
      if (out.length === count) return out
    }
  }
  throw new Error(`only ${out.length} distinct events in ${paths.length} blocks (wanted ${count})`)
}

export function writeAtomic(path: string, data: string): void {
  writeFileSync(`${path}.tmp`, data)
  renameSync(`${path}.tmp`, path)
}
