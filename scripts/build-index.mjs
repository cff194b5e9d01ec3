// Builds the shipped corpus index src/corpus/index.json from src/corpus/seeds with the bundled
// CLI (run scripts/build-cli.mjs first; `npm run build` does both). The index is committed;
// a rebuild that changes nothing leaves the file untouched (see writeCorpusIndex), and
// test/unit/index/corpus-index.test.ts fails when the committed file and a fresh build differ.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = 'dist/cli/readout-lens.mjs'
if (!existsSync(new URL(`../${cli}`, import.meta.url))) {
  console.error(`build-index: ${cli} is missing; run node scripts/build-cli.mjs first`)
  process.exit(1)
}
const r = spawnSync(
  process.execPath,
  [cli, 'build-index', 'src/corpus/seeds', '-o', 'src/corpus/index.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
process.exit(r.status ?? 1)
