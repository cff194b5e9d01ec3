// Chromium with the built extension, through the e2e harness's launcher (same flags, same
// fixture server at the news sites' real hostnames). The extension directory is a copy of
// dist/chrome plus two bench-only pages (bench/ext, bundled here) that run inside the
// extension's origin and so see its IndexedDB; the shipped build is left untouched.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { launchChromium, type Driver } from '../test/e2e/harness/drivers'
import { FixtureServer } from '../test/e2e/harness/fixture-server'
import { ROOT } from './gen-corpus'

export interface BenchBrowser {
  driver: Driver
  server: FixtureServer
  close(): Promise<void>
}

export function benchExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-ext-'))
  cpSync(join(ROOT, 'dist/chrome'), dir, { recursive: true })
  buildSync({
    entryPoints: {
      'bench/store-page': join(ROOT, 'bench/ext/store-page.ts'),
      'bench/flex-page': join(ROOT, 'bench/ext/flex-page.ts'),
      'bench/blank-page': join(ROOT, 'bench/ext/blank-page.ts'),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome110',
    outdir: dir,
    logLevel: 'warning',
  })
  for (const page of ['store.html', 'flex.html', 'blank.html'])
    cpSync(join(ROOT, 'bench/ext', page), join(dir, 'bench', page))
  return dir
}

export async function launchBench(): Promise<BenchBrowser> {
  const server = await new FixtureServer().start()
  const dir = benchExtension()
  const driver = await launchChromium(dir, server)
  return {
    driver,
    server,
    async close() {
      await driver.close()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * A new tab. tsx compiles with esbuild's keepNames, so functions serialised into the page call
 * `__name`: define it there first.
 */
export async function newBenchPage(b: BenchBrowser): Promise<Page> {
  const page = (await b.driver.newPage()).raw as Page
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  return page
}
