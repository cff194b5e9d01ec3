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

function unquote(v: string): string {
  const s = v.trim()
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'"))
    return s.slice(1, -1).replace(/''/g, "'")
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) {
    return s.slice(1, -1).replace(/\\(["\\/nt])/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c)
  }
  return s.replace(/\s+#.*$/, '')
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
  for (const raw of block.split(/\r?\n/)) {
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
    const value = kv[2]!.trim()
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
