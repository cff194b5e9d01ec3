// Entry point for e2e tests: every test written inside forEachBrowser runs in Chromium and in
// Firefox against the BUILT extension (dist/chrome, dist/firefox). One browser per describe
// block (launched in beforeAll, closed in afterAll), so a test file costs one launch each.
import { afterAll, beforeAll, describe } from 'vitest'
import { TestBrowser } from './test-browser'
import type { BrowserName } from './test-page'

export const BROWSERS: BrowserName[] = ['chromium', 'firefox']

/** Define the same tests once per browser: `forEachBrowser((b) => { it(…, async () => …) })`. */
export function forEachBrowser(define: (b: TestBrowser) => void): void {
  for (const name of BROWSERS) {
    describe(name, () => {
      const b = new TestBrowser(name)
      beforeAll(() => b.launch(), 120_000)
      afterAll(() => b.close(), 60_000)
      define(b)
    })
  }
}

export { TestBrowser, type AnnotationResult } from './test-browser'
export { HostGrantedBrowser } from './host-granted'
export { showAsPrinted } from './print-media'
export type { TestPage, BrowserName } from './test-page'
export {
  FixtureServer,
  loadFixtureSites,
  UNMATCHED_URL,
  UNMATCHED_PLAIN_URL,
  MIRROR_HOST,
  type FixtureSite,
} from './fixture-server'
export type { HighlightMap, HighlightRange, PanelSnapshot, PanelElement } from './probes'
export { ROOT, DIST, SCREENSHOTS, FIREFOX_EXTENSION_UUID, GECKO_ID } from './paths'
