// A source file's bytes → its text, for `build-index` and the extension's saved-page import
// alike: the byte-order mark first, then the charset the page declares (`<meta charset>`,
// `http-equiv` Content-Type), then UTF-8, then GB18030 (older Sina/People's Daily pages are
// GB2312 and do not always say so). Empty, binary and undecodable files are rejected with an
// IntakeError whose message names the file and says what is wrong.
import { IntakeError } from '../core/intake/errors'

const SNIFF_BYTES = 8192

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = buf[i]!
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}

/** The encoding a byte-order mark names, or null. */
function bomEncoding(buf: Uint8Array): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8'
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le'
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be'
  return null
}

/** The charset a page declares in its first bytes (lower case), or null. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(buf.subarray(0, SNIFF_BYTES))
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return m ? m[1]!.toLowerCase() : null
}

const GB_FAMILY = /^(gb2312|gbk|gb_2312-80|gb18030|x-gbk|cp936)$/

/** A label TextDecoder knows (GB2312/GBK as GB18030, their superset), else null. */
function knownEncoding(label: string): string | null {
  if (GB_FAMILY.test(label)) return 'gb18030'
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

function decodeAs(buf: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(buf)
  } catch {
    return null
  }
}

/** Bytes → text without its BOM. `label` names the source in error messages. */
export function decodeSource(buf: Uint8Array, label: string): string {
  if (buf.length === 0) throw new IntakeError('empty', `${label}: the file is empty.`)
  const bom = bomEncoding(buf)
  if (!bom && looksBinary(buf))
    throw new IntakeError(
      'binary',
      `${label}: looks like a binary file, not text, HTML or Markdown.`,
    )
  const declared = bom ? null : declaredCharset(buf)
  const named = bom ?? (declared ? knownEncoding(declared) : null)
  // windows-1252 (what latin1, ascii and iso-8859-1 mean to TextDecoder) never fails: a page
  // that declares it wrongly would come out garbled, so UTF-8 is tried before it.
  const order = [
    ...new Set((named === 'windows-1252' ? ['utf-8', named] : [named, 'utf-8']).concat('gb18030')),
  ].filter((e): e is string => e !== null)
  let text: string | null = null
  for (const enc of order) if ((text = decodeAs(buf, enc)) !== null) break
  if (text === null)
    throw new IntakeError(
      'encoding',
      `${label}: not readable as text (${declared ? `declared ${declared}, ` : ''}neither UTF-8 nor GB18030).`,
    )
  text = text.replace(/^\ufeff/, '')
  if (text.trim() === '')
    throw new IntakeError('empty', `${label}: the file holds only whitespace.`)
  return text
}
