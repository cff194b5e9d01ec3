// `npm run bench [-- --json] [-- --quick] [-- --no-build]`: performance figures of issue 7
// (see bench/main.ts). Rebuilds the extension first when dist/chrome is missing or older than
// its sources, then runs the TypeScript benchmark under tsx.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

function newest(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let t = 0
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)))
  return t
}

const built = join(root, 'dist/chrome/manifest.json')
const sources = ['src', 'public', 'icons', 'manifest.json', 'vite.config.ts', 'package.json']
const stale =
  !existsSync(built) ||
  Math.max(...sources.map((s) => newest(join(root, s)))) > statSync(built).mtimeMs
if (stale && !args.includes('--no-build')) {
  process.stderr.write('▶ dist/chrome is missing or older than its sources: npm run build\n')
  const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: ['ignore', process.stderr, 'inherit'],
  })
  if (b.status !== 0) process.exit(b.status ?? 1)
}

const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'bench/main.ts'), ...args.filter((a) => a !== '--no-build')],
  { cwd: root, stdio: 'inherit' },
)
process.exit(run.status ?? 1)
