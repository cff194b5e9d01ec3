#!/usr/bin/env node
// `readout-lens` package bin: runs the CLI bundle that `npm run build` writes to dist/cli.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

if (!existsSync(fileURLToPath(new URL('../dist/cli/readout-lens.mjs', import.meta.url)))) {
  process.stderr.write(
    'readout-lens: the CLI is not built yet; run `npm run build` (or `node scripts/build-cli.mjs`) first.\n',
  )
  process.exit(1)
}
await import('../dist/cli/readout-lens.mjs')
