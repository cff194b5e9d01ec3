// The interface strings: both locales hold the same keys, and no message has a `$1$`-shaped
// run (Chrome reads `$…$` as a named placeholder and refuses to load the whole extension).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (loc: string) =>
  JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >

describe('locales', () => {
  const en = read('en')
  const zh = read('zh_CN')

  it('have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
  })

  it('use only positional substitutions or declared placeholders', () => {
    for (const [loc, msgs] of [
      ['en', en],
      ['zh_CN', zh],
    ] as const) {
      for (const [key, m] of Object.entries(msgs)) {
        for (const [, name] of m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          expect(m.placeholders?.[name!.toLowerCase()], `${loc} ${key}: $${name}$`).toBeDefined()
        }
      }
    }
  })
})
