// One page (tab) in either browser, behind the subset of the Playwright/Puppeteer page API
// that both offer with the same meaning. `raw` is the driver's own page for anything else.
import type { Page as PwPage } from 'playwright-core'
import type { Page as PptrPage } from 'puppeteer-core'

export type BrowserName = 'chromium' | 'firefox'

export interface TestPage {
  readonly browserName: BrowserName
  /** The driver's page object (Playwright Page in Chromium, Puppeteer Page in Firefox). */
  readonly raw: PwPage | PptrPage
  url(): string
  /** Uncaught exceptions thrown by the page's (or an extension page's) scripts so far. */
  readonly errors: string[]
  /** Console messages (`type: text`) so far — for diagnostics. */
  readonly console: string[]
  /** Run `fn(arg)` in the page's main world. `fn` must be self-contained (it is serialised). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>
  /** Poll `fn(arg)` in the page until truthy; throws `message` (or a default) on timeout. */
  waitFor<A = undefined>(
    fn: (arg: A) => unknown,
    arg?: A,
    opts?: { timeout?: number; message?: string },
  ): Promise<void>
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>
  /** Real mouse click on a light-DOM element. */
  click(selector: string): Promise<void>
  /** Key press on the focused element ('Tab', 'Enter', 'Escape', 'ArrowDown' …). */
  press(key: string): Promise<void>
  bringToFront(): Promise<void>
  /** Whether the tab is gone (closed by the test, or by an extension reload for its pages). */
  isClosed(): boolean
  screenshot(path: string): Promise<void>
  close(): Promise<void>
}

/** Neither driver bounds evaluate/screenshot: a page blocked for good would stall the file. */
const CALL_TIMEOUT_MS = 90_000

function bounded<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${CALL_TIMEOUT_MS / 1000} s`)),
      CALL_TIMEOUT_MS,
    )
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

async function poll<A>(
  page: TestPage,
  fn: (arg: A) => unknown,
  arg: A | undefined,
  opts: { timeout?: number; message?: string } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeout ?? 15_000)
  let lastError: unknown
  for (;;) {
    try {
      if (await page.evaluate(fn as (a: A) => unknown, arg as A)) return
    } catch (e) {
      lastError = e // navigation in progress, context not ready yet …
    }
    if (Date.now() > deadline) {
      const why = opts.message ?? `condition not met: ${fn.toString().slice(0, 200)}`
      throw new Error(
        `${page.browserName}: ${why} (after ${opts.timeout ?? 15_000} ms on ${page.url()})${lastError ? `; last error: ${String(lastError)}` : ''}`,
      )
    }
    await new Promise((r) => setTimeout(r, 150))
  }
}

export function wrapPlaywrightPage(page: PwPage): TestPage {
  const errors: string[] = []
  const console: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`))
  const self: TestPage = {
    browserName: 'chromium',
    raw: page,
    errors,
    console,
    url: () => page.url(),
    evaluate: (fn, arg) =>
      bounded(`chromium: evaluate on ${page.url()}`, page.evaluate(fn as never, arg)) as never,
    waitFor: (fn, arg, opts) => poll(self, fn, arg, opts),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 })
    },
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    isClosed: () => page.isClosed(),
    screenshot: async (path) => {
      await bounded(`chromium: screenshot of ${page.url()}`, page.screenshot({ path }))
    },
    close: () => page.close(),
  }
  return self
}

export function wrapPuppeteerPage(page: PptrPage): TestPage {
  // Firefox over BiDi never reports moz-extension:// navigations as finished and keeps
  // page.url() at about:blank: for those, remember the URL and poll the document instead.
  let extensionUrl: string | null = null
  const errors: string[] = []
  const console: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`))
  // As Playwright does by default: an unanswered alert/confirm would block the page for good.
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined))
  const self: TestPage = {
    browserName: 'firefox',
    raw: page,
    errors,
    console,
    url: () => {
      const url = page.url()
      return extensionUrl && (url === 'about:blank' || url === '') ? extensionUrl : url
    },
    evaluate: (fn, arg) =>
      bounded(`firefox: evaluate on ${self.url()}`, page.evaluate(fn as never, arg)) as never,
    waitFor: (fn, arg, opts) => poll(self, fn, arg, opts),
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) {
        extensionUrl = null
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 })
        return
      }
      extensionUrl = url
      page.goto(url, { waitUntil: 'load', timeout: 10_000 }).catch(() => undefined)
      await poll(self, (u) => location.href === u && document.readyState === 'complete', url, {
        timeout: 20_000,
        message: `extension page ${url} did not load`,
      })
    },
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    bringToFront: () => page.bringToFront(),
    isClosed: () => page.isClosed(),
    screenshot: async (path) => {
      await bounded(
        `firefox: screenshot of ${self.url()}`,
        page.screenshot({ path: path as `${string}.png` }),
      )
    },
    close: () => page.close(),
  }
  return self
}
