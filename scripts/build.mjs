// `npm run build`: data first (CLI bundle, built-in corpus index — written by their own
// scripts when present), then the extension for Chrome and Firefox, then the zip packages.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { zipDirectory } from './lib/zip.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()

function run(label, command, args) {
  const t0 = Date.now()
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal})`)
    process.exit(1)
  }
  console.log(`✓ ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
}

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
for (const script of ['scripts/build-cli.mjs', 'scripts/build-index.mjs']) {
  if (existsSync(join(root, script))) run(script, process.execPath, [script])
}
for (const target of ['chrome', 'firefox']) {
  run(`extension (${target})`, process.execPath, [
    vite,
    'build',
    '--mode',
    target,
    '--logLevel',
    'warn',
  ])
}
mkdirSync(join(root, 'dist'), { recursive: true })
for (const target of ['chrome', 'firefox']) {
  const zip = join(root, 'dist', `readout-lens-${target}.zip`)
  rmSync(zip, { force: true })
  const n = zipDirectory(join(root, 'dist', target), zip)
  console.log(`✓ dist/readout-lens-${target}.zip (${n} files)`)
}
console.log(`\nbuild done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
