// Bytes → text for build-index and the saved-page import: BOM, declared charset (GBK pages),
// UTF-8 and GB18030 fallbacks; empty, binary and undecodable files get their own error code.
import { describe, expect, it } from 'vitest'
import { IntakeError } from '../../../src/core/intake'
import { decodeSource } from '../../../src/sites/source-bytes'
import { encodeGbk } from '../../gbk-encode'

const utf8 = (s: string) => new TextEncoder().encode(s)

function codeOf(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    if (e instanceof IntakeError) return `${e.code}: ${e.message}`
    throw e
  }
  return 'no error'
}

describe('decodeSource', () => {
  it('reads a GBK page by its meta charset', () => {
    const page =
      '<html><head><meta charset="gb2312"><title>会谈</title></head><body>习近平同普京会谈。</body></html>'
    expect(decodeSource(encodeGbk(page), 'a.html')).toBe(page)
  })

  it('reads an http-equiv GBK declaration', () => {
    const page =
      '<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>两国元首通电话。</p>'
    expect(decodeSource(encodeGbk(page), 'a.html')).toBe(page)
  })

  it('reads undeclared GBK text as GB18030 when it is not UTF-8', () => {
    expect(decodeSource(encodeGbk('国家主席习近平通电话。'), 'a.txt')).toBe(
      '国家主席习近平通电话。',
    )
  })

  it('prefers UTF-8 over a wrongly declared latin1', () => {
    const page = '<meta charset="iso-8859-1"><p>习近平</p>'
    expect(decodeSource(utf8(page), 'a.html')).toBe(page)
  })

  it('follows a byte-order mark (UTF-8 and UTF-16) and drops it', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('会谈')]), 'a')).toBe('会谈')
    const le = new Uint8Array([0xff, 0xfe, 0x1a, 0x4f, 0x08, 0x8c]) // 会谈 in UTF-16LE
    expect(decodeSource(le, 'a')).toBe('会谈')
  })

  it('rejects empty, whitespace-only, binary and undecodable files with a code', () => {
    expect(codeOf(() => decodeSource(new Uint8Array(), 'e.txt'))).toBe(
      'empty: e.txt: the file is empty.',
    )
    expect(codeOf(() => decodeSource(utf8(' \n\t'), 'w.txt'))).toMatch(/^empty: w.txt/)
    expect(
      codeOf(() => decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'p.png')),
    ).toMatch(/^binary: p.png/)
    // 0xFF is a lead byte in neither UTF-8 nor GB18030.
    expect(codeOf(() => decodeSource(new Uint8Array([0x61, 0xff, 0xff, 0x62]), 'x.txt'))).toMatch(
      /^encoding: x.txt: not readable as text/,
    )
  })
})
