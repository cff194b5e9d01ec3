// Launching each browser with the built extension loaded and the fixture hostnames routed to
// the local server. Recipes from ../shared/DESIGN.md ("Launch recipes that worked here").
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core'
import puppeteer, { type Browser as PptrBrowser, type Page as PptrPage } from 'puppeteer-core'
import type { FixtureServer } from './fixture-server'
import { CHROMIUM_BINARY, FIREFOX_BINARY, FIREFOX_EXTENSION_UUID, GECKO_ID } from './paths'
import { wrapPlaywrightPage, wrapPuppeteerPage, type BrowserName, type TestPage } from './test-page'

export interface Driver {
  name: BrowserName
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  extensionOrigin: string
  extensionId: string
  /** A new blank tab, with https fixture routing in place. */
  newPage(): Promise<TestPage>
  /** Open an extension page (`src/popup/index.html` …) in a new tab and wait for it to load. */
  openExtensionPage(path: string): Promise<TestPage>
  close(): Promise<void>
}

function requireBinary(path: string, install: string): void {
  if (!existsSync(path)) {
    throw new Error(`Browser binary not found at ${path}. Install it: ${install}`)
  }
}

/**
 * Stops the extension's service worker over CDP, as Chromium stops an idle one (nothing in
 * memory after; the next event starts it again). `page` is any tab of the browser.
 */
export async function stopServiceWorkers(page: PwPage): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('ServiceWorker.enable')
  await cdp.send('ServiceWorker.stopAllWorkers')
  await cdp.detach()
}

export async function launchChromium(extensionDir: string, server: FixtureServer): Promise<Driver> {
  requireBinary(CHROMIUM_BINARY, 'apt-get install -y chromium fonts-noto-cjk')
  const profile = mkdtempSync(join(tmpdir(), 'rl-chromium-'))
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BINARY,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      // Every http hostname resolves to the fixture server; https goes through ctx.route below.
      `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  })
  try {
    await ctx.route(/^https:\/\//, async (route) => {
      const served = server.respond(route.request().url())
      await route.fulfill({
        status: served.status,
        contentType: served.contentType,
        body: served.body,
      })
    })
    const sw =
      ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }))
    const extensionId = new URL(sw.url()).host
    const origin = `chrome-extension://${extensionId}`
    // The persistent context opens with one blank tab; leave it, it keeps the window alive.
    return {
      name: 'chromium',
      extensionId,
      extensionOrigin: origin,
      newPage: async () => wrapPlaywrightPage(await ctx.newPage()),
      openExtensionPage: async (path) => {
        const page = wrapPlaywrightPage(await ctx.newPage())
        await page.goto(`${origin}/${path.replace(/^\//, '')}`)
        return page
      },
      close: async () => {
        await ctx.close()
        rmSync(profile, { recursive: true, force: true })
      },
    }
  } catch (e) {
    await ctx.close()
    throw e
  }
}

/** https has no proxy route here: fulfil it from the fixture table through BiDi interception. */
async function routeHttps(page: PptrPage, server: FixtureServer): Promise<void> {
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return
    const url = request.url()
    if (url.startsWith('https://')) {
      const served = server.respond(url)
      // The tab may be gone by the time the answer is sent: nothing left to serve then.
      request
        .respond({ status: served.status, contentType: served.contentType, body: served.body })
        .catch(() => undefined)
    } else {
      request.continue().catch(() => undefined)
    }
  })
}

export async function launchFirefox(extensionDir: string, server: FixtureServer): Promise<Driver> {
  requireBinary(FIREFOX_BINARY, 'apt-get install -y firefox-esr fonts-noto-cjk')
  const browser: PptrBrowser = await puppeteer.launch({
    browser: 'firefox',
    headless: true,
    executablePath: FIREFOX_BINARY,
    // The fixture server's TLS certificate is self-signed.
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Real hostnames → fixture server (the proxy receives absolute-URI requests).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      // https no tab asks for (an extension's background fetch): CONNECT to the fixture server.
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.alternate.enabled': false,
      'intl.accept_languages': 'zh-CN, zh, en',
    },
  })
  try {
    const id = await browser.installExtension(extensionDir)
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`)
    const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`
    const newPage = async (): Promise<TestPage> => {
      const page = await browser.newPage()
      await routeHttps(page, server)
      return wrapPuppeteerPage(page)
    }
    return {
      name: 'firefox',
      extensionId: FIREFOX_EXTENSION_UUID,
      extensionOrigin: origin,
      newPage,
      openExtensionPage: async (path) => {
        const page = wrapPuppeteerPage(await browser.newPage())
        await page.goto(`${origin}/${path.replace(/^\//, '')}`)
        return page
      },
      close: async () => {
        await browser.close()
      },
    }
  } catch (e) {
    await browser.close()
    throw e
  }
}
