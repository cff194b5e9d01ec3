// The built extension loads in both browsers and its pages open as tabs.
import { expect, it } from 'vitest'
import { forEachBrowser, FIREFOX_EXTENSION_UUID, GECKO_ID } from './index'

forEachBrowser((b) => {
  it('loads the built extension with its manifest', async () => {
    const manifest = await b.evaluateInExtension(() => {
      const g = globalThis as unknown as {
        browser?: { runtime: { getManifest(): Record<string, unknown> } }
        chrome: { runtime: { getManifest(): Record<string, unknown> } }
      }
      return (g.browser ?? g.chrome).runtime.getManifest()
    })
    expect(manifest.manifest_version).toBe(3)
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/)
    if (b.name === 'chromium') {
      expect(b.extensionId).toMatch(/^[a-p]{32}$/)
      expect(manifest.background).toMatchObject({ service_worker: expect.any(String) })
    } else {
      expect(b.extensionId).toBe(FIREFOX_EXTENSION_UUID)
      expect(manifest.background).toMatchObject({ scripts: [expect.any(String)] })
      expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID } })
    }
  })

  it('opens the popup as a tab', async () => {
    const page = await b.openPopup()
    expect(page.url().startsWith(`${b.extensionOrigin}/`)).toBe(true)
    await page.waitFor(() => (document.body?.innerText ?? '').trim().length > 0, undefined, {
      message: 'popup rendered nothing',
    })
    await b.screenshot(page, 'popup')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('opens the options page as a tab', async () => {
    const page = await b.openOptions()
    expect(page.url().startsWith(`${b.extensionOrigin}/`)).toBe(true)
    await page.waitFor(() => (document.body?.innerText ?? '').trim().length > 0, undefined, {
      message: 'options page rendered nothing',
    })
    await b.screenshot(page, 'options')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('builds the reader page into the package', async () => {
    const page = await b.openExtensionPage('src/reader/index.html')
    const title = await page.evaluate(() => document.title)
    expect(title.length).toBeGreaterThan(0)
    expect(page.errors).toEqual([])
    await page.close()
  })
})
