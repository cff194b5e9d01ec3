// Every adapter file in src/sites has a fixture folder, a test file and a registry entry, and
// the adapters' hosts are exactly the manifest's content-script matches.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { adapters, adapterFor } from '../../../src/sites/registry'
import type { SiteAdapter } from '../../../src/sites/types'
import { FIXTURES, fixtureMeta } from './site-fixture'

const SRC = join(__dirname, '../../../src/sites')
/** Modules shared by all sites; every other .ts file in src/sites is one site adapter. */
const SHARED = new Set([
  'types',
  'registry',
  'collect-text',
  'extract',
  'generic',
  'dom-filter',
  'page-meta',
  'english-page',
  'source-article',
  'source-bytes',
])
const adapterFiles = readdirSync(SRC)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !SHARED.has(f))

describe('site adapter inventory', () => {
  it('finds the adapter files', () => {
    expect(adapterFiles.length).toBeGreaterThanOrEqual(8)
  })

  for (const name of adapterFiles) {
    it(`${name}: exports an adapter with id "${name}" that the registry holds`, async () => {
      // The path comes from listing our own source folder, not from page data.
      // eslint-disable-next-line no-unsanitized/method
      const mod = (await import(`../../../src/sites/${name}.ts`)) as Record<string, unknown>
      const exported = Object.values(mod).filter(
        (v): v is SiteAdapter =>
          typeof v === 'object' && v !== null && 'extract' in v && 'hosts' in v,
      )
      expect(exported.map((a) => a.id)).toEqual([name])
      expect(adapters).toContain(exported[0])
    })
    it(`${name}: has a fixture folder (readout.html, other.html, meta.json) and a test file`, () => {
      for (const f of ['readout.html', 'other.html', 'meta.json'])
        expect(existsSync(join(FIXTURES, name, f)), `${name}/${f}`).toBe(true)
      expect(
        existsSync(join(__dirname, `${name}.test.ts`)),
        `test/unit/sites/${name}.test.ts`,
      ).toBe(true)
      const meta = fixtureMeta(name)
      expect(adapterFor(meta.url)?.id).toBe(name)
      expect(adapterFor(meta.otherUrl)?.id).toBe(name)
    })
    it(`${name}: fixture pages declare UTF-8`, () => {
      for (const f of readdirSync(join(FIXTURES, name)).filter((x) => x.endsWith('.html'))) {
        expect(readFileSync(join(FIXTURES, name, f), 'utf8').slice(0, 400), f).toMatch(
          /<meta charset="utf-8">/i,
        )
      }
    })
  }

  it('the registry holds no adapter without a file', () => {
    expect(adapters.map((a) => a.id).sort()).toEqual([...adapterFiles].sort())
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length)
  })
})

describe('hosts agree with the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest.json'), 'utf8')) as {
    host_permissions: string[]
    content_scripts: Array<{ matches: string[] }>
  }
  const hostOf = (pattern: string): string => {
    const m = /^\*:\/\/([^/]+)\/\*$/.exec(pattern)
    if (!m) throw new Error(`unexpected match pattern ${pattern}`)
    return m[1]!
  }
  const adapterHosts = [...new Set(adapters.flatMap((a) => a.hosts))].sort()

  it('content-script matches = adapter hosts', () => {
    const matches = manifest.content_scripts
      .flatMap((c) => c.matches)
      .map(hostOf)
      .sort()
    expect(matches).toEqual(adapterHosts)
  })
  it('host permissions = adapter hosts', () => {
    expect(manifest.host_permissions.map(hostOf).sort()).toEqual(adapterHosts)
  })
  it('adapters share a host only by splitting its paths (the ministry’s /eng/ section)', () => {
    for (const a of adapters)
      for (const b of adapters) {
        if (a === b || !a.hosts.some((h) => b.hosts.includes(h))) continue
        for (const u of [...a.testUrls, fixtureMeta(a.id).url, fixtureMeta(a.id).otherUrl])
          expect(b.matches(new URL(u)), `${b.id} claims ${u}`).toBe(false)
      }
  })
  it('adapterFor ignores unknown hosts and non-web URLs', () => {
    expect(adapterFor('https://www.example.com/2021-08-25/doc-iabc.shtml')).toBeNull()
    expect(adapterFor('https://news.sina.com.cn.evil.example/doc-iabc.shtml')).toBeNull()
    expect(adapterFor('file:///tmp/news.sina.com.cn/x.html')).toBeNull()
    expect(adapterFor('not a url')).toBeNull()
    expect(adapterFor('http://people.com.cn/n1/2021/0825/c1002-1.html')?.id).toBe('people')
  })
})
