// The build's two packages: per-browser manifest differences, every page and asset present,
// and zips that hold exactly the unpacked folders. (No browser needed; the build is.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST, GECKO_ID } from './paths'
import { readZip } from './read-zip'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

for (const target of ['chrome', 'firefox'] as const) {
  describe(`dist/${target}`, () => {
    const dir = join(DIST, target)
    const manifestPath = join(dir, 'manifest.json')

    it('is built', () => {
      expect(existsSync(manifestPath), `${manifestPath} missing: run npm run build`).toBe(true)
    })

    it('has the manifest for its browser', () => {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8'))
      expect(m.manifest_version).toBe(3)
      if (target === 'chrome') {
        expect(m.background).toEqual({ service_worker: expect.any(String), type: 'module' })
        expect(m.browser_specific_settings).toBeUndefined()
      } else {
        expect(m.background).toEqual({ scripts: [expect.any(String)], type: 'module' })
        expect(m.browser_specific_settings.gecko).toEqual({
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        })
      }
      const referenced = [
        ...Object.values(m.icons as Record<string, string>),
        m.action.default_popup,
        m.options_ui.page,
        ...(m.background.scripts ?? [m.background.service_worker]),
        ...m.content_scripts.flatMap((c: { js: string[] }) => c.js),
      ]
      for (const file of referenced) expect(existsSync(join(dir, file)), file).toBe(true)
    })

    it('holds the reader page, the injectable content script, icons and both locales', () => {
      expect(existsSync(join(dir, 'src/reader/index.html'))).toBe(true)
      // One classic script (executeScript({ files }) cannot run modules).
      const injected = readFileSync(join(dir, 'content-inject.js'), 'utf8')
      expect(injected).not.toMatch(/^\s*(import|export)\b|\bimport\(/m)
      expect(injected.length).toBeGreaterThan(1000)
      for (const size of [16, 48, 128]) {
        const png = readFileSync(join(dir, `icons/icon-${size}.png`))
        expect(png.subarray(1, 4).toString()).toBe('PNG')
        expect(png.readUInt32BE(16)).toBe(size)
      }
      for (const locale of ['en', 'zh_CN']) {
        const messages = JSON.parse(
          readFileSync(join(dir, `_locales/${locale}/messages.json`), 'utf8'),
        )
        expect(messages.extName.message.length).toBeGreaterThan(0)
        expect(messages.extDescription.message.length).toBeGreaterThan(0)
      }
    })

    it(`is packed file for file in dist/readout-lens-${target}.zip`, () => {
      const zipPath = join(DIST, `readout-lens-${target}.zip`)
      expect(
        statSync(zipPath).mtimeMs >= statSync(manifestPath).mtimeMs,
        `${zipPath} is older than dist/${target} (a bare vite build?): run npm run build`,
      ).toBe(true)
      const zip = readZip(zipPath)
      const unpacked = files(dir).map((f) => relative(dir, f).split(sep).join('/'))
      expect([...zip.keys()].sort()).toEqual(unpacked.sort())
      for (const name of unpacked) {
        expect(zip.get(name)!.equals(readFileSync(join(dir, name))), name).toBe(true)
      }
    })
  })
}
