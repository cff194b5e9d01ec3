// Bundles the `readout-lens` CLI (src/cli/readout-lens.ts) into dist/cli/readout-lens.mjs.
// linkedom stays external: it is a runtime dependency and bundling it buys nothing.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/readout-lens.ts'],
  outfile: 'dist/cli/readout-lens.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['linkedom'],
  define: { __READOUT_LENS_VERSION__: JSON.stringify(pkg.version) },
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
})
console.log('dist/cli/readout-lens.mjs')
