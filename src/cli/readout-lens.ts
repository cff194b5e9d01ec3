// Process wrapper around main(): the file esbuild bundles into dist/cli/readout-lens.mjs.
import { main } from './main'

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  moduleUrl: import.meta.url,
})
