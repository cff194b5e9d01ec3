// Reads a source file as text (decoded by sites/source-bytes.ts: BOM, declared charset, UTF-8,
// GB18030). Missing, unreadable, empty, binary and undecodable files are rejected with an
// IntakeError whose message names the file and says what is wrong.
import { readFileSync, statSync } from 'node:fs'
import { IntakeError } from '../core/intake/errors'
import { decodeSource } from '../sites/source-bytes'

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
  return decodeSource(buf, label)
}
