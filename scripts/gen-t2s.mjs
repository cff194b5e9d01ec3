// Generates src/core/data/t2s.json: a single-character traditional→simplified map for
// normalisation, from opencc-js's OpenCC dictionaries (devDependency; data only, not shipped).
// Output: { from, to } — two strings of equal length, from[i] folds to to[i]. Only BMP
// characters that map to exactly one BMP character, so the fold is 1:1 per UTF-16 unit and
// offsets survive it. Taiwan/Hong Kong variant forms (爲, 裏, 臺…) are first folded to the
// OpenCC standard form, then to simplified.
// Run: node scripts/gen-t2s.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const lib = join(
  dirname(fileURLToPath(import.meta.url)),
  '../node_modules/opencc-js/dist/esm-lib/dict',
)
/** Each dictionary module is `export default "a b|c d|…"`: read the string literal. */
const load = (name) => {
  const src = readFileSync(join(lib, `${name}.js`), 'utf8')
  return JSON.parse(src.slice(src.indexOf('"'), src.lastIndexOf('"') + 1))
}

/** "a b|c d e" → Map(a → b, c → d): first candidate wins (OpenCC's default choice). */
function parse(dict) {
  const m = new Map()
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ')
    if (from && to && !m.has(from)) m.set(from, to)
  }
  return m
}

const ts = parse(load('TSCharacters'))
const variants = [parse(load('TWVariantsRev')), parse(load('HKVariantsRev'))]
const isBmpChar = (s) => s.length === 1 && !(s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) <= 0xdfff)

const out = new Map()
const add = (from, to) => {
  if (from !== to && isBmpChar(from) && isBmpChar(to) && !out.has(from)) out.set(from, to)
}
for (const [from, to] of ts) add(from, to)
// Variant folds only for characters that are not themselves in simplified use
// (么 in 什么, 著 in 著名 must stay).
const simplified = new Set(ts.values())
const keepAsIs = new Set(['著', '么'])
for (const v of variants) {
  for (const [from, std] of v) {
    if (!simplified.has(from) && !keepAsIs.has(from)) add(from, ts.get(std) ?? std)
  }
}
// A simplified target must not itself fold further (keeps the map idempotent).
for (const [from, to] of out) {
  const again = out.get(to)
  if (again !== undefined) out.set(from, again)
}
for (const [from, to] of out) if (from === to) out.delete(from)

const keys = [...out.keys()].sort()
const data = { from: keys.join(''), to: keys.map((k) => out.get(k)).join('') }
const target = join(dirname(fileURLToPath(import.meta.url)), '../src/core/data/t2s.json')
writeFileSync(target, JSON.stringify(data, null, 2) + '\n')
console.log(`t2s: ${keys.length} characters → ${target}`)
