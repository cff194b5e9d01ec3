// Where the harness finds the built extension, the fixtures, and where it writes its output.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
export const DIST = join(ROOT, 'dist')
export const FIXTURE_SITES_DIR = join(ROOT, 'test/fixtures/sites')
export const SEEDS_DIR = join(ROOT, 'src/corpus/seeds')
export const TEST_OUTPUT = join(ROOT, 'test-output')
export const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots')

export const CHROMIUM_BINARY = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium'
export const FIREFOX_BINARY = process.env.FIREFOX_BINARY ?? '/usr/lib/firefox-esr/firefox-esr'

/** Gecko id set by vite.config.ts for the Firefox build. */
export const GECKO_ID = 'readout-lens@readout-lens.dev'
/** moz-extension UUID pinned through `extensions.webextensions.uuids`. */
export const FIREFOX_EXTENSION_UUID = '3c5a6f4e-8d1b-4a7e-9f2c-5e6d7a8b9c0d'
