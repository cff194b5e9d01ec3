// The layering of src/ (eslint-rules/layers.js) really fails the lint on a new crossing: the
// project's own eslint.config.js runs on small probes placed in each layer.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { LAYERS, layerOf } from '../../../eslint-rules/layers.js'

const eslint = new ESLint({ cwd: process.cwd() })

async function crossings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'lens/layers' || m.fatal).map((m) => m.message)
}

const probe = (spec: string) => `import { x } from '${spec}'\nexport const y = x\n`

describe('layering lint', () => {
  it('fails on every crossing the issue names', async () => {
    const bad: Array<[string, string]> = [
      ['src/core/probe.ts', '../shared/messages'],
      ['src/core/index/probe.ts', '../../sites/extract'],
      ['src/shared/probe.ts', '../content/main'],
      ['src/shared/paint/probe.ts', '../../background/handlers'],
      ['src/sites/probe.ts', '../content/main'],
      ['src/content/probe.ts', '../background/handlers'],
      ['src/background/probe.ts', '../content/marks'],
      ['src/popup/probe.ts', '../options/store'],
      ['src/options/probe.ts', '../background/search/engine'],
      ['src/options/probe.ts', '../popup/browser'],
      ['src/reader/probe.ts', '../content/annotate'],
    ]
    for (const [file, spec] of bad) {
      const found = await crossings(probe(spec), file)
      expect(found, `${file} → ${spec}`).toHaveLength(1)
      expect(found[0]).toMatch(/may not import/)
    }
  }, 60_000)

  it('also sees re-exports and dynamic imports', async () => {
    const code = `export { x } from '../background/handlers'\nexport * from '../popup/browser'\nexport const m = () => import('../options/store')\n`
    expect(await crossings(code, 'src/content/probe.ts')).toHaveLength(3)
  }, 60_000)

  it('lets each layer import what it may', async () => {
    const good: Array<[string, string]> = [
      ['src/core/probe.ts', './analyze'],
      ['src/shared/probe.ts', '../core/analyze'],
      ['src/sites/probe.ts', '../shared/schema'],
      ['src/content/probe.ts', '../sites/extract'],
      ['src/background/probe.ts', '../corpus/index.json?url'],
      ['src/popup/probe.ts', '../shared/ext'],
      ['src/reader/probe.ts', '../shared/view'],
      ['src/options/probe.ts', '../shared/index/transfer'],
    ]
    for (const [file, spec] of good)
      expect(await crossings(probe(spec), file), `${file} → ${spec}`).toEqual([])
  }, 60_000)

  it('knows every folder of src/', async () => {
    const { readdirSync } = await import('node:fs')
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
    for (const f of folders) expect(Object.keys(LAYERS), f).toContain(f)
    expect(layerOf('src/shared/db/open.ts')).toBe('shared')
    expect(layerOf('test/unit/x.ts')).toBeNull()
  })
})
