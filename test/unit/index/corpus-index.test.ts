// The committed src/corpus/index.json (shipped by the extension) must equal a fresh build of
// src/corpus/seeds: when it fails, run `npm run build` (or scripts/build-index.mjs) and commit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildIndex } from '../../../src/core/index/build'
import {
  IndexFileError,
  readCorpusIndex,
  serializeIndex,
  writeCorpusIndex,
} from '../../../src/node/corpus-index'
import { loadSeeds } from './corpus'

const COMMITTED = join(__dirname, '../../../src/corpus/index.json')
const dir = mkdtempSync(join(tmpdir(), 'readout-lens-index-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('src/corpus/index.json', () => {
  const committed = readCorpusIndex(COMMITTED)
  const fresh = buildIndex(loadSeeds().map((s) => s.article))

  it('equals a fresh build of the seeds (rebuild with `npm run build` when this fails)', () => {
    expect(committed.events).toEqual(fresh.events)
    expect(readFileSync(COMMITTED, 'utf8')).toBe(
      serializeIndex({ ...fresh, builtAt: committed.builtAt }),
    )
  })

  it('has a valid builtAt timestamp', () => {
    expect(new Date(committed.builtAt).toISOString()).toBe(committed.builtAt)
  })
})

describe('index files', () => {
  const index = buildIndex(
    loadSeeds().map((s) => s.article),
    { builtAt: '2026-01-01T00:00:00.000Z' },
  )

  it('round-trip through serializeIndex / readCorpusIndex, one event per line', () => {
    const p = join(dir, 'round.json')
    writeFileSync(p, serializeIndex(index))
    expect(readCorpusIndex(p)).toEqual(index)
    expect(readFileSync(p, 'utf8').split('\n')).toHaveLength(index.events.length + 3)
  })

  it('keep builtAt (and the bytes) when a rebuild changes no event', () => {
    const p = join(dir, 'stable.json')
    expect(writeCorpusIndex(p, index).unchanged).toBe(false)
    const before = readFileSync(p, 'utf8')
    expect(writeCorpusIndex(p, { ...index, builtAt: '2030-01-01T00:00:00.000Z' }).unchanged).toBe(
      true,
    )
    expect(readFileSync(p, 'utf8')).toBe(before)
    const changed = { ...index, builtAt: '2030-01-01T00:00:00.000Z', events: index.events.slice(1) }
    expect(writeCorpusIndex(p, changed).unchanged).toBe(false)
    expect(readCorpusIndex(p).builtAt).toBe('2030-01-01T00:00:00.000Z')
  })

  it('reject files that are not an index, saying why', () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"format":"something-else"}')
    expect(() => readCorpusIndex(bad)).toThrow(IndexFileError)
    expect(() => readCorpusIndex(bad)).toThrow(/not a readout-lens index/)
    writeFileSync(bad, 'not json')
    expect(() => readCorpusIndex(bad)).toThrow(/not valid JSON/)
    expect(() => readCorpusIndex(join(dir, 'missing.json'))).toThrow(/no such index file/)
  })
})
