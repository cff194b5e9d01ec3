// Test helper: text → GBK bytes (Node's TextDecoder decodes GBK but nothing encodes it), by the
// inverse of the decoder over every two-byte GBK code.
let table: Map<string, [number, number]> | null = null

function gbkTable(): Map<string, [number, number]> {
  if (table) return table
  table = new Map()
  const dec = new TextDecoder('gbk')
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = dec.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail])
    }
  return table
}

/** `replace`: written instead of a character outside GBK (else such a character throws). */
export function encodeGbk(text: string, replace?: string): Uint8Array {
  const map = gbkTable()
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const pair = map.get(ch)
      if (pair) out.push(...pair)
      else if (replace !== undefined) out.push(...new TextEncoder().encode(replace))
      else throw new Error(`not in GBK: ${ch}`)
    }
  }
  return new Uint8Array(out)
}
