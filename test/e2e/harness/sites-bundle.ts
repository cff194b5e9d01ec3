// The site layer (adapters, collector, generic extractor) as one script for a page's main
// world: the same modules the content script bundles, exposed as `__readoutLensSites`, so a
// test can run extractArticle on a real browser DOM without the extension.
import { build } from 'esbuild'
import { ROOT } from './paths'
import type { TestPage } from './test-page'

export type SitesLib = typeof import('../../../src/sites/extract') &
  typeof import('../../../src/sites/registry')

let cached: Promise<string> | null = null

export function sitesBundle(): Promise<string> {
  cached ??= build({
    stdin: {
      contents: `export { extractArticle } from './src/sites/extract'\nexport { adapterFor } from './src/sites/registry'`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__readoutLensSites',
    target: 'es2020',
    write: false,
  }).then((out) => out.outputFiles[0]!.text)
  return cached
}

/** Adds the bundle to the page (a script element, removed once it ran). */
export async function injectSites(page: TestPage): Promise<void> {
  const code = await sitesBundle()
  await page.evaluate((c: string) => {
    const s = document.createElement('script')
    s.textContent = c
    document.head.appendChild(s)
    s.remove()
  }, code)
}
