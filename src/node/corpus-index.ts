// Reading and writing CorpusIndex files (src/corpus/index.json, `build-index -o`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CorpusIndex } from '../core/types'

export class IndexFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IndexFileError'
  }
}

export function readCorpusIndex(path: string): CorpusIndex {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch (err) {
    const code = (err as { code?: string }).code
    throw new IndexFileError(
      `${path}: ${code === 'ENOENT' ? 'no such index file' : `cannot read the index (${(err as Error).message})`}.`,
    )
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    throw new IndexFileError(`${path}: not valid JSON, so not a readout-lens index.`)
  }
  const d = data as Partial<CorpusIndex> | null
  if (!d || d.format !== 'readout-lens-index' || d.version !== 1 || !Array.isArray(d.events)) {
    throw new IndexFileError(
      `${path}: not a readout-lens index (expected format "readout-lens-index", version 1, an events array).`,
    )
  }
  if (d.firsts !== undefined && !Array.isArray(d.firsts))
    throw new IndexFileError(`${path}: "firsts" must be an array of first appearances.`)
  return d as CorpusIndex
}

/**
 * Serialises one event per line: the file stays diffable without spreading thousands of
 * search-gram numbers over thousands of lines.
 */
export function serializeIndex(index: CorpusIndex): string {
  const head = JSON.stringify({
    format: index.format,
    version: index.version,
    builtAt: index.builtAt,
  })
  const events = index.events.map((e) => JSON.stringify(e)).join(',\n')
  const firsts = index.firsts?.length
    ? `\n${index.firsts.map((f) => JSON.stringify(f)).join(',\n')}\n`
    : ''
  const tail = index.firsts ? `,"firsts":[${firsts}]` : ''
  return `${head.slice(0, -1)},"events":[\n${events}\n]${tail}}\n`
}

/**
 * Writes the index. When the file already holds the same events, its `builtAt` is kept, so a
 * rebuild that changes nothing leaves the file byte-for-byte unchanged.
 */
export function writeCorpusIndex(path: string, index: CorpusIndex): { unchanged: boolean } {
  if (existsSync(path)) {
    try {
      const old = readCorpusIndex(path)
      if (
        JSON.stringify(old.events) === JSON.stringify(index.events) &&
        JSON.stringify(old.firsts) === JSON.stringify(index.firsts)
      ) {
        const same = serializeIndex({ ...index, builtAt: old.builtAt })
        if (readFileSync(path, 'utf8') === same) return { unchanged: true }
        writeFileSync(path, same)
        return { unchanged: false }
      }
    } catch {
      // unreadable old file: overwrite it
    }
  }
  writeFileSync(path, serializeIndex(index))
  return { unchanged: false }
}

/** The shipped index, found next to the bundled CLI (dist/cli) or the sources (src/cli). */
export function builtInIndexPath(moduleUrl: string): string | null {
  for (const rel of ['../../src/corpus/index.json', '../corpus/index.json']) {
    const p = fileURLToPath(new URL(rel, moduleUrl))
    if (existsSync(p)) return p
  }
  return null
}
