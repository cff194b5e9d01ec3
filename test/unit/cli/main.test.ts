// The CLI in-process (main() with captured streams): built-in index lookup and its absence.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { CliIO } from '../../../src/cli/io'
import { main } from '../../../src/cli/main'

const ROOT = join(__dirname, '../../..')
const SEED_004 = join(ROOT, 'src/corpus/seeds/004_b2d7573299a9be4d.txt')

function io(moduleUrl: string): CliIO & { out: string; err: string } {
  const s = {
    out: '',
    err: '',
    env: {},
    moduleUrl,
    stdout: { write: (t: string) => (s.out += t), isTTY: false },
    stderr: { write: (t: string) => (s.err += t) },
  }
  return s
}

describe('main()', () => {
  it('finds the built-in index next to the sources (src/cli) as it does next to the bundle (dist/cli)', () => {
    for (const entry of ['src/cli/readout-lens.ts', 'dist/cli/readout-lens.mjs']) {
      const s = io(pathToFileURL(join(ROOT, entry)).href)
      expect(main(['analyze', SEED_004, '--json'], s)).toBe(0)
      expect(JSON.parse(s.out).related[0].id).toBe('2021-08-25:call:普京')
    }
  })

  it('without an index, still analyses and says why related events are missing', () => {
    const s = io(pathToFileURL('/nonexistent/a/b/readout-lens.mjs').href)
    expect(main(['analyze', SEED_004], s)).toBe(0)
    expect(s.err).toMatch(/built-in index not found/)
    expect(s.out).toMatch(/Related earlier events \(0\)\n {2}built-in index not found/)
    expect(s.out).toContain('Event      2021-12-15 · video meeting')
  })
})
