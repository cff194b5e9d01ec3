// The API e2e tests use, identical in Chromium and Firefox (see index.ts: forEachBrowser).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Request, ResponseOf, TabStatus } from '../../../src/shared/messages'
import { launchChromium, launchFirefox, type Driver } from './drivers'
import { FixtureServer } from './fixture-server'
import { DIST, SCREENSHOTS } from './paths'
import {
  probeAnnotated,
  probeDomLines,
  probeHighlights,
  probePanel,
  probePanelClick,
  probePanelQuery,
  type HighlightMap,
  type PanelElement,
  type PanelSnapshot,
} from './probes'
import type { BrowserName, TestPage } from './test-page'

export interface AnnotationResult {
  /** The background's status for the tab (null when the background gave none). */
  status: TabStatus | null
  /** Panel host present. */
  panel: boolean
  /** Number of `readout-lens-*` highlights registered. */
  highlights: number
}

interface BuiltManifest {
  action?: { default_popup?: string }
  options_ui?: { page?: string }
}

export class TestBrowser {
  readonly name: BrowserName
  private driver: Driver | null = null
  /** The fixture server (routes, request log, fixture sites); routes may be added any time. */
  readonly server = new FixtureServer()
  private control: TestPage | null = null
  private manifestCache: BuiltManifest | null = null
  /** Private copy of the package the browser loads (a rebuild of dist/ mid-run cannot touch it). */
  private loadedDir: string | null = null

  constructor(name: BrowserName) {
    this.name = name
  }

  /** dist/chrome or dist/firefox. */
  get extensionDir(): string {
    return join(DIST, this.name === 'chromium' ? 'chrome' : 'firefox')
  }

  async launch(): Promise<void> {
    const manifest = join(this.extensionDir, 'manifest.json')
    if (!existsSync(manifest)) {
      throw new Error(`${manifest} is missing: run \`npm run build\` before the e2e tests`)
    }
    this.loadedDir = mkdtempSync(join(tmpdir(), `rl-ext-${this.name}-`))
    cpSync(this.extensionDir, this.loadedDir, { recursive: true })
    await this.server.start()
    this.driver =
      this.name === 'chromium'
        ? await launchChromium(this.loadedDir, this.server)
        : await launchFirefox(this.loadedDir, this.server)
  }

  async close(): Promise<void> {
    await this.driver?.close()
    await this.server.close()
    if (this.loadedDir) rmSync(this.loadedDir, { recursive: true, force: true })
    this.driver = null
    this.control = null
    this.loadedDir = null
  }

  private get d(): Driver {
    if (!this.driver) throw new Error(`${this.name} is not launched (use forEachBrowser)`)
    return this.driver
  }

  /** `chrome-extension://<id>` / `moz-extension://<uuid>`. */
  get extensionOrigin(): string {
    return this.d.extensionOrigin
  }

  get extensionId(): string {
    return this.d.extensionId
  }

  /** The built manifest of the package this browser loaded. */
  get manifest(): BuiltManifest {
    this.manifestCache ??= JSON.parse(
      readFileSync(join(this.loadedDir ?? this.extensionDir, 'manifest.json'), 'utf8'),
    ) as BuiltManifest
    return this.manifestCache
  }

  /** Open `url` (served by the fixture server at its real hostname) in a new tab. */
  async openPage(url: string): Promise<TestPage> {
    const page = await this.d.newPage()
    await page.goto(url)
    return page
  }

  /** Open an extension page such as `src/popup/index.html?x=1` in a new tab. */
  async openExtensionPage(path: string): Promise<TestPage> {
    return this.d.openExtensionPage(path)
  }

  /** The popup, opened as a tab. */
  async openPopup(): Promise<TestPage> {
    return this.openExtensionPage(this.manifest.action?.default_popup ?? 'src/popup/index.html')
  }

  /** The options page, opened as a tab. */
  async openOptions(): Promise<TestPage> {
    return this.openExtensionPage(this.manifest.options_ui?.page ?? 'src/options/index.html')
  }

  /** An extension tab kept open to talk to the background (the options page). */
  private async controlPage(): Promise<TestPage> {
    if (!this.control || this.control.isClosed()) this.control = await this.openOptions()
    return this.control
  }

  /**
   * Run `fn(arg)` in the control page; when that page went away (an extension reload closes
   * extension tabs) or lost its extension context, open a fresh one and try once more.
   */
  private async inControlPage<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    try {
      return await (await this.controlPage()).evaluate(fn, arg)
    } catch (e) {
      const stale =
        !this.control ||
        this.control.isClosed() ||
        !(await this.control
          .evaluate(() => {
            const g = globalThis as unknown as {
              browser?: { runtime?: { id?: string } }
              chrome?: { runtime?: { id?: string } }
            }
            return !!(g.browser ?? g.chrome)?.runtime?.id
          })
          .catch(() => false))
      if (!stale) throw e
      await this.control?.close().catch(() => undefined)
      // Right after an extension reload its pages are refused for a moment: try for ~5 s.
      for (let attempt = 0; ; attempt++) {
        try {
          this.control = await this.openOptions()
          break
        } catch (err) {
          if (attempt >= 4) throw err
          await new Promise((r) => setTimeout(r, 500))
        }
      }
      return this.control.evaluate(fn, arg)
    }
  }

  /** Send a message to the background from an extension page, as the popup does. */
  async sendMessage<T extends Request>(msg: T): Promise<ResponseOf<T['type']>> {
    return this.inControlPage((m) => {
      const g = globalThis as unknown as {
        browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } }
      }
      return (g.browser ?? g.chrome).runtime.sendMessage(m)
    }, msg as unknown) as Promise<ResponseOf<T['type']>>
  }

  private readonly tabIds = new WeakMap<TestPage, number>()

  /**
   * Run `fn(arg)` where the extension itself sees `page`: on a web page, in the content
   * script's world (scripting.executeScript from the control page: Chrome's isolated world,
   * Firefox's content-script sandbox) — the only place the closed panel root and the opaque
   * highlight names are reachable (src/shared/inspect.ts); on our own pages, in the page. When
   * the extension cannot reach the page (no host permission), in the page's main world.
   */
  async inExtensionWorld<R, A = undefined>(page: TestPage, fn: (arg: A) => R, arg?: A): Promise<R> {
    if (page.url().startsWith(this.extensionOrigin)) return page.evaluate(fn, arg as A)
    let tabId = this.tabIds.get(page)
    if (tabId === undefined) this.tabIds.set(page, (tabId = await this.tabIdOf(page)))
    // A function whose source carries the probe: the control page gets a real function to hand
    // to executeScript (extension pages may not eval strings). Built in Node from our own
    // probe's source, never from page text.
    // eslint-disable-next-line no-new-func
    const runner = new Function(
      'a',
      `return (async () => {
        const api = globalThis.browser ?? globalThis.chrome
        const probe = ${fn.toString()}
        try {
          const [r] = await api.scripting.executeScript({ target: { tabId: a.tabId }, func: probe, args: [a.arg] })
          if (r && r.error) return { ok: false, error: String(r.error) }
          return { ok: true, value: r ? r.result : null }
        } catch (e) {
          return { ok: false, error: String(e) }
        }
      })()`,
    ) as (a: { tabId: number; arg: unknown }) => Promise<{ ok: boolean; value?: R; error?: string }>
    const res = await this.inControlPage(runner, {
      tabId,
      arg: arg === undefined ? null : arg,
    }).catch((e: unknown) => ({ ok: false, error: `no extension page: ${String(e)}` }) as const)
    if (res.ok) return (res.value ?? null) as R
    if (process.env.READOUT_LENS_DEBUG) console.warn('inExtensionWorld:', res.error)
    return page.evaluate(fn, arg as A)
  }

  /** Focus the first element matching `selector` in the panel (then press keys for real). */
  async focusInPanel(page: TestPage, selector: string): Promise<void> {
    const ok = await this.inExtensionWorld(
      page,
      (sel: string) => {
        const inspect = (
          globalThis as { __readoutLensInspect?: () => { root: ShadowRoot | null } }
        ).__readoutLensInspect?.()
        const el = inspect?.root?.querySelector(sel)
        if (!(el instanceof HTMLElement)) return false
        el.focus()
        return true
      },
      selector,
    )
    if (!ok) throw new Error(`${this.name}: no panel element ${selector} to focus`)
  }

  /** Wait until the panel (in the extension's world) has an element matching `selector`. */
  async waitForPanel(
    page: TestPage,
    selector: string,
    opts: { timeout?: number; message?: string } = {},
  ): Promise<void> {
    const deadline = Date.now() + (opts.timeout ?? 15_000)
    for (;;) {
      if ((await this.queryPanel(page, selector).catch(() => [])).length > 0) return
      if (Date.now() > deadline)
        throw new Error(
          `${this.name}: ${opts.message ?? 'no panel element'} (${selector} on ${page.url()})`,
        )
      await new Promise((r) => setTimeout(r, 150))
    }
  }

  /** Run `fn(arg)` in an extension page (has `chrome`/`browser` APIs). */
  async evaluateInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.inControlPage(fn, arg as A)
  }

  /**
   * The extension's tab id of `page`: the page is brought to the front and the active tab
   * is read (tab URLs of unmatched hosts are hidden without the "tabs" permission).
   */
  async tabIdOf(page: TestPage): Promise<number> {
    // A live control page first: (re)opening it later would make it the active tab.
    await this.inControlPage(() => true, undefined)
    await page.bringToFront()
    const tabs = await this.evaluateInExtension(async () => {
      const g = globalThis as unknown as {
        browser?: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } }
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } }
      }
      const all = await (g.browser ?? g.chrome).tabs.query({ active: true })
      return all.map((t) => ({ id: t.id ?? -1, url: t.url ?? null }))
    })
    const url = page.url()
    const match = tabs.find((t) => t.url === url) ?? tabs.find((t) => t.url === null) ?? tabs[0]
    if (!match || match.id < 0) throw new Error(`${this.name}: no tab found for ${url}`)
    this.tabIds.set(page, match.id)
    return match.id
  }

  /** `get-tab-status` for the page's tab. */
  async tabStatus(page: TestPage): Promise<TabStatus | null> {
    const tabId = await this.tabIdOf(page)
    const res = await this.sendMessage({ type: 'get-tab-status', tabId })
    if (!res || res.ok !== true) throw new Error(`get-tab-status failed: ${JSON.stringify(res)}`)
    return res.status
  }

  /**
   * Wait until the content script has finished with the page: the background reports a
   * status for this URL (and, for a readout, the panel and highlights are in place), or the
   * panel host and `readout-lens-*` highlights are present and stable.
   */
  async waitForAnnotation(
    page: TestPage,
    opts: { timeout?: number } = {},
  ): Promise<AnnotationResult> {
    const timeout = opts.timeout ?? 20_000
    const deadline = Date.now() + timeout
    const tabId = await this.tabIdOf(page)
    let last = ''
    let previous = -1
    for (;;) {
      let status: TabStatus | null = null
      try {
        const res = await this.sendMessage({ type: 'get-tab-status', tabId })
        if (res && res.ok === true) status = res.status
        else last = `get-tab-status answered ${JSON.stringify(res)}`
      } catch (e) {
        last = `get-tab-status failed: ${String(e)}`
      }
      const painted = await this.inExtensionWorld(page, probeAnnotated).catch(() => ({
        panel: false,
        highlights: 0,
      }))
      if (status && status.url === page.url()) {
        if (!status.isReadout) return { status, ...painted }
        if (painted.panel && painted.highlights > 0) return { status, ...painted }
        last = 'status says readout, waiting for panel and highlights'
      } else if (painted.panel && painted.highlights > 0) {
        if (painted.highlights === previous) return { status, ...painted }
        previous = painted.highlights
      } else if (status) {
        last = `status is for ${status.url}`
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${this.name}: content script did not finish on ${page.url()} within ${timeout} ms (${last || 'no status, no panel'}; panel=${painted.panel}, highlights=${painted.highlights})`,
        )
      }
      await new Promise((r) => setTimeout(r, 250))
    }
  }

  /** `{ name: [{ text, start }] }` for every `readout-lens-*` entry of `CSS.highlights`. */
  async readHighlights(page: TestPage): Promise<HighlightMap> {
    return this.inExtensionWorld(page, probeHighlights)
  }

  /** The panel host's shadow tree as text/HTML, or null without a host. */
  async readPanel(page: TestPage): Promise<PanelSnapshot | null> {
    return this.inExtensionWorld(page, probePanel)
  }

  /** Elements matching `selector` inside the panel's shadow root. */
  async queryPanel(page: TestPage, selector: string): Promise<PanelElement[]> {
    return this.inExtensionWorld(page, probePanelQuery, selector)
  }

  /** `element.click()` on the `index`-th match of `selector` inside the panel. */
  async clickInPanel(page: TestPage, selector: string, index = 0): Promise<void> {
    const ok = await this.inExtensionWorld(page, probePanelClick, { selector, index })
    if (!ok)
      throw new Error(`${this.name}: no panel element ${selector}[${index}] on ${page.url()}`)
  }

  /** The live DOM outside the panel host, as lines (see probeDomLines). */
  async domLines(page: TestPage): Promise<string[]> {
    return page.evaluate(probeDomLines, null)
  }

  /**
   * Differences between the live DOM outside the panel host and the same page without the
   * extension ([] = untouched). The reference is the served HTML parsed afresh for pages
   * without scripts, or, for pages with scripts (which may change their own DOM), the same
   * HTML loaded at an unmatched mirror host (no content script there) and given the same time.
   */
  async domChanges(
    page: TestPage,
    opts: { against?: 'served' | 'mirror' } = {},
  ): Promise<string[]> {
    const url = page.url()
    const served = this.server.peek(url)
    if (served.status !== 200) throw new Error(`${url} is not a fixture page`)
    const html = served.body.toString('utf8')
    const scripted = /<script(?![^>]*type=["']?application\/(?:ld\+)?json)[^>]*>/i.test(html)
    const against = opts.against ?? (scripted ? 'mirror' : 'served')
    if (against === 'served') {
      return diffLines(await page.evaluate(probeDomLines, html), await this.domLines(page))
    }
    const mirror = await this.openPage(this.server.mirrorUrl(url))
    try {
      // Both pages' own scripts may still be running: compare until equal or 3 s passed.
      const deadline = Date.now() + 3_000
      for (;;) {
        const diff = diffLines(
          await mirror.evaluate(probeDomLines, null),
          await this.domLines(page),
        )
        if (diff.length === 0 || Date.now() > deadline) return diff
        await new Promise((r) => setTimeout(r, 300))
      }
    } finally {
      await mirror.close()
    }
  }

  /** Save a screenshot as test-output/screenshots/<browser>/<name>.png; returns the path. */
  async screenshot(page: TestPage, name: string): Promise<string> {
    const dir = join(SCREENSHOTS, this.name)
    mkdirSync(dir, { recursive: true })
    const path = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`)
    await page.screenshot(path)
    return path
  }

  /** Wait `ms` — for asserting that nothing happens (no content script on unmatched hosts). */
  async idle(ms = 1500): Promise<void> {
    await new Promise((r) => setTimeout(r, ms))
  }
}

/** First differences between two line lists (reference vs live), [] when equal. */
function diffLines(reference: string[], live: string[]): string[] {
  const changes: string[] = []
  const n = Math.max(reference.length, live.length)
  for (let i = 0; i < n && changes.length < 10; i++) {
    if (reference[i] !== live[i]) {
      changes.push(`node ${i}: expected ${reference[i] ?? '(none)'} | live ${live[i] ?? '(none)'}`)
    }
  }
  if (reference.length !== live.length) {
    changes.push(`node count: expected ${reference.length}, live ${live.length}`)
  }
  return changes
}
