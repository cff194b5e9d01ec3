// The saved real pages of ../shared/realpages (read at test time, never copied into the
// project). A missing folder is an error, not a skipped test.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// import.meta.url rather than __dirname: scripts run through tsx (ESM) read them too.
export const REALPAGES = fileURLToPath(new URL('../../../shared/realpages', import.meta.url))

export function realpagesDir(...parts: string[]): string {
  const dir = join(REALPAGES, ...parts)
  if (!existsSync(dir)) throw new Error(`real pages not found at ${dir} (see ../shared/realpages)`)
  return dir
}

export interface CctvCase {
  file: string
  url: string
  date: string | null
  counterpart: string | null
  requested: boolean
}

export function cctvReadout(date: string, counterpart: string): CctvCase & { path: string } {
  const dir = realpagesDir('cctv', 'readouts')
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { cases: CctvCase[] }
  const c = truth.cases.find((x) => x.date === date && x.counterpart === counterpart)
  if (!c) throw new Error(`no CCTV readout of ${date} with ${counterpart} in truth.json`)
  return { ...c, path: join(dir, c.file) }
}

export function whiteHouseReadouts(): string[] {
  const dir = realpagesDir('whitehouse')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f))
}
