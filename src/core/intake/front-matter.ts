// The YAML subset that blog exports use for front matter: `key: scalar`, quoted scalars
// ('it''s', "a \"b\""), and block lists (`key:` followed by ` - item` lines). Anything else
// (nested maps, anchors) is kept as the raw string; intake only needs a few scalar keys.

import { IntakeError } from './errors'

export type FrontMatterValue = string | string[]

export interface FrontMatter {
  data: Record<string, FrontMatterValue>
  /** Offset in the source where the body starts (just after the closing `---` line). */
  bodyStart: number
}

const OPEN = /^\ufeff?[ \t]*(?:\r?\n)*---[ \t]*\r?\n/

export function hasFrontMatter(src: string): boolean {
  const m = OPEN.exec(src)
  return m !== null && /\r?\n---[ \t]*(\r?\n|$)/.test(src.slice(m[0].length - 1))
}

/** YAML double-quoted escapes: `\"`, `\n`, `\_` (no-break space), `\uXXXX`, `\ `. */
const DQ_ESCAPES: Record<string, string> = { n: '\n', t: '\t', _: '\u00a0', ' ': ' ' }

function unquote(v: string): string {
  const s = v.trim()
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'"))
    return s.slice(1, -1).replace(/''/g, "'")
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) {
    return s
      .slice(1, -1)
      .replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/g, (_, u, x, c: string) =>
        u || x ? String.fromCharCode(parseInt(u ?? x, 16)) : (DQ_ESCAPES[c] ?? c),
      )
  }
  return s.replace(/\s+#.*$/, '')
}

/** A double-quoted scalar still open at the end of `v` (its closing quote is on a later line). */
function openQuote(v: string): boolean {
  if (!v.startsWith('"')) return false
  let i = 1
  while (i < v.length) {
    if (v[i] === '\\') i += 2
    else if (v[i] === '"') return false
    else i++
  }
  return true
}

/**
 * Joins the continuation lines of a multi-line double-quoted scalar: a line break folds to a
 * space, an escaped one (`\` at the end of a line) to nothing, indentation is dropped.
 */
function joinQuoted(first: string, lines: string[], at: number): { value: string; next: number } {
  let value = first
  let i = at
  while (openQuote(value) && i < lines.length) {
    const line = lines[i]!.trim()
    value = value.endsWith('\\') ? value.slice(0, -1) + line : `${value} ${line}`
    i++
  }
  return { value, next: i }
}

export function parseFrontMatter(src: string): FrontMatter {
  const open = OPEN.exec(src)
  if (!open)
    throw new IntakeError(
      'front-matter',
      'Markdown input must start with a `---` front matter block.',
    )
  const rest = src.slice(open[0].length)
  const close = /(^|\r?\n)---[ \t]*(\r?\n|$)/.exec(rest)
  if (!close)
    throw new IntakeError('front-matter', 'The front matter block is not closed by a `---` line.')
  const block = rest.slice(0, close.index)
  const data: Record<string, FrontMatterValue> = {}
  let listKey: string | null = null
  const lines = block.split(/\r?\n/)
  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li]!
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue
    const item = /^\s+-\s*(.*)$/.exec(raw) ?? (listKey ? /^-\s+(.*)$/.exec(raw) : null)
    if (item && listKey) {
      const list = data[listKey]
      const value = unquote(item[1]!)
      if (Array.isArray(list)) list.push(value)
      else data[listKey] = value === '' ? [] : [value]
      continue
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw)
    if (!kv) continue
    const key = kv[1]!.toLowerCase()
    let value = kv[2]!.trim()
    if (openQuote(value)) {
      const joined = joinQuoted(value, lines, li + 1)
      value = joined.value
      li = joined.next - 1
    }
    if (value === '') {
      data[key] = []
      listKey = key
    } else if (/^\[.*\]$/.test(value)) {
      data[key] = value
        .slice(1, -1)
        .split(',')
        .map(unquote)
        .filter((s) => s !== '')
      listKey = null
    } else {
      data[key] = unquote(value)
      listKey = null
    }
  }
  const bodyStart = open[0].length + close.index + close[0].length
  return { data, bodyStart }
}

export function scalar(data: Record<string, FrontMatterValue>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = data[k]
    if (typeof v === 'string' && v.trim() !== '') return v.trim()
    if (Array.isArray(v) && v.length > 0 && v[0]!.trim() !== '') return v[0]!.trim()
  }
  return null
}
