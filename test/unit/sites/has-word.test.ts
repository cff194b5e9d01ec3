import { describe, expect, it } from 'vitest'
import { hasWord } from '../../../src/sites/dom-filter'

const WORD = /[\p{Script=Han}\p{L}\p{N}]/u

describe('hasWord (the fast path of the junk-paragraph test)', () => {
  it('agrees with the Unicode regex on every BMP character, alone and after punctuation', () => {
    const wrong: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const ch = String.fromCharCode(c)
      for (const s of [ch, `“${ch}`, `—— ${ch}`, `（${ch}）`]) {
        if (hasWord(s) !== WORD.test(s)) wrong.push(`${c.toString(16)} ${JSON.stringify(s)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('agrees on astral characters and on punctuation-only lines', () => {
    for (const s of ['𠀀', '“𝐀”', '【】', '——', '。，、', '', '   ', '々', '〇', 'ⁱ', '①'])
      expect(hasWord(s), s).toBe(WORD.test(s))
  })
})
