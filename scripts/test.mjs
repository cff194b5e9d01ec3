// `npm test`: every check the project has, in order, stopping at the first failure.
// types (app + pure core) → lint → format → unit tests → eval on ../shared/realpages (floors)
// → build if stale → web-ext lint of the
// Firefox package → end-to-end tests in real Chromium and Firefox.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const started = Date.now()
const done = []

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

function fail(label, detail) {
  console.error(`\n✗ ${label} failed${detail ? `: ${detail}` : ''}`)
  console.error(
    `\nnpm test: FAILED at "${label}" after ${done.length} passing step(s), ${seconds(Date.now() - started)}`,
  )
  process.exit(1)
}

function run(label, command, args, { capture = false } = {}) {
  const t0 = Date.now()
  console.log(`\n▶ ${label}: ${[command.replace(root + '/', ''), ...args].join(' ')}`)
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.error) fail(label, result.error.message)
  return { ...result, t0 }
}

function step(label, command, args) {
  const r = run(label, command, args)
  if (r.status !== 0) fail(label, `exit ${r.status ?? r.signal}`)
  pass(label, r.t0)
}

function pass(label, t0) {
  const ms = Date.now() - t0
  done.push(`${label} (${seconds(ms)})`)
  console.log(`✓ ${label} (${seconds(ms)})`)
}

/** Newest modification time under the given paths (files or folders). */
function newest(paths) {
  let max = 0
  const visit = (p) => {
    if (!existsSync(p)) return
    const st = statSync(p)
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(join(p, name))
    else max = Math.max(max, st.mtimeMs)
  }
  paths.forEach((p) => visit(join(root, p)))
  return max
}

/** The build is stale when a package is missing or any of its inputs is newer than it. */
function buildIsStale() {
  const targets = ['chrome', 'firefox']
  const manifests = targets.map((t) => join(root, `dist/${t}/manifest.json`))
  const zips = targets.map((t) => join(root, `dist/readout-lens-${t}.zip`))
  if (![...manifests, ...zips].every(existsSync)) return 'dist/ is incomplete'
  const mtime = (p) => statSync(p).mtimeMs
  // A bare `vite build` leaves the zips behind the folders.
  if (zips.some((z, i) => mtime(z) < mtime(manifests[i]))) return 'the zips are older than dist/'
  const built = Math.min(...manifests.map(mtime))
  const inputs = [
    'src',
    'public',
    'icons',
    'manifest.json',
    'vite.config.ts',
    'package.json',
    'scripts/build.mjs',
  ]
  return newest(inputs) > built ? 'sources are newer than dist/' : null
}

step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])
step('typecheck core (no DOM)', bin('tsc'), ['--noEmit', '-p', 'src/core/tsconfig.json'])
step('lint', bin('eslint'), ['.', '--max-warnings', '0'])
step('format', bin('prettier'), ['--check', '.'])
step('unit tests', bin('vitest'), ['run', '--project', 'unit'])

// Accuracy on real pages (issue 11's floors), when the shared folder is there (CI has it).
const realpages = join(root, '..', 'shared', 'realpages')
if (existsSync(realpages))
  step('eval on real pages', process.execPath, [
    '--import',
    'tsx',
    'scripts/eval.ts',
    realpages,
    '--floors',
  ])
else console.log(`\n(no ${realpages}: eval on real pages skipped)`)

const stale = buildIsStale()
if (stale) {
  console.log(`\n${stale}: building first`)
  step('build', process.execPath, ['scripts/build.mjs'])
}

{
  const label = 'web-ext lint (dist/firefox)'
  const r = run(
    label,
    bin('web-ext'),
    ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
    { capture: true },
  )
  let report
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')))
  } catch {
    console.log(r.stdout)
    fail(label, 'could not read its JSON report')
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind] ?? [])
      console.log(`  ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`)
  }
  const s = report.summary ?? {}
  console.log(`  ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`)
  if (s.errors !== 0) fail(label, `${s.errors} error(s)`)
  pass(label, r.t0)
}

step('e2e tests (Chromium + Firefox)', bin('vitest'), ['run', '--project', 'e2e'])

console.log(`\n${done.map((d) => `  ✓ ${d}`).join('\n')}`)
console.log(`\nnpm test: all ${done.length} steps passed in ${seconds(Date.now() - started)}`)
