// `--families FILE`: the user's variant families as JSON (a list, or `{ "families": [...] }` as
// the options page exports it). Bad entries are reported and left out; an unreadable file stops.
import { readFileSync } from 'node:fs'
import { allFamilies, checkUserFamilies, type VariantFamily } from '../core/compare'

export class FamiliesFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FamiliesFileError'
  }
}

export function readFamiliesFile(path: string | undefined): {
  families: VariantFamily[]
  problems: string[]
} {
  if (path === undefined) return { families: allFamilies(), problems: [] }
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    const code = (err as { code?: string }).code
    throw new FamiliesFileError(
      `${path}: ${code === 'ENOENT' ? 'no such file' : err instanceof SyntaxError ? 'not valid JSON' : (err as Error).message}.`,
    )
  }
  const list = Array.isArray(data) ? data : (data as { families?: unknown } | null)?.families
  if (!Array.isArray(list)) throw new FamiliesFileError(`${path}: expected a list of families.`)
  const { families, problems } = checkUserFamilies(list)
  return {
    families: [...allFamilies(), ...families],
    problems: problems.map((p) => `${path}: ${p}`),
  }
}
