// Reads a source file as text: UTF-8 (BOM stripped), or GB18030 when the bytes are not UTF-8
// (older Sina/People's Daily pages are GB2312). Empty, binary and unreadable files are
// rejected with an IntakeError whose message names the file and says what is wrong.
import { readFileSync, statSync } from 'node:fs'
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

function declaredCharset(buf: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(buf.subarray(0, SNIFF_BYTES))
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return m ? m[1]!.toLowerCase() : null
}

function decode(buf: Uint8Array, path: string): string {
  const declared = declaredCharset(buf)
  const gbk = declared !== null && /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared)
  const order = gbk ? ['gb18030', 'utf-8'] : ['utf-8', 'gb18030']
  for (const enc of order) {
    try {
      return new TextDecoder(enc, { fatal: true, ignoreBOM: false }).decode(buf)
    } catch {
      // try the next encoding
    }
  }
  throw new IntakeError('unreadable', `${path}: not readable as text (neither UTF-8 nor GB18030).`)
}

function errnoMessage(err: unknown, path: string): string {
  const code = (err as { code?: string }).code
  if (code === 'ENOENT') return `${path}: no such file.`
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied.`
  if (code === 'EISDIR') return `${path}: is a directory, not a file.`
  return `${path}: cannot be read (${(err as Error).message}).`
}

/** `-` reads standard input (`curl … | readout-lens analyze - --url …`). */
export function readSourceFile(path: string): string {
  let buf: Buffer
  const label = path === '-' ? 'standard input' : path
  try {
    if (path !== '-' && statSync(path).isDirectory())
      throw Object.assign(new Error('directory'), { code: 'EISDIR' })
    buf = readFileSync(path === '-' ? 0 : path)
  } catch (err) {
    throw new IntakeError('unreadable', errnoMessage(err, label))
  }
  if (buf.length === 0) throw new IntakeError('empty', `${label}: the file is empty.`)
  if (looksBinary(buf))
    throw new IntakeError(
      'binary',
      `${label}: looks like a binary file, not text, HTML or Markdown.`,
    )
  const text = decode(buf, label).replace(/^\ufeff/, '')
  if (text.trim() === '')
    throw new IntakeError('empty', `${label}: the file holds only whitespace.`)
  return text
}
