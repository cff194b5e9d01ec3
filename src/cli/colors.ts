// ANSI styling for the terminal report: on when stdout is a TTY (NO_COLOR turns it off,
// FORCE_COLOR turns it on), so pipes and files get plain text.

export interface Style {
  enabled: boolean
  speaker(index: number, s: string): string
  joint(s: string): string
  dim(s: string): string
  bold(s: string): string
  heading(s: string): string
}

/** Foreground colours for speakers in order of appearance: cyan, magenta, yellow, green, blue, red. */
const SPEAKER_CODES = [36, 35, 33, 32, 34, 31]

export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return stream.isTTY === true && env.TERM !== 'dumb'
}

export function makeStyle(enabled: boolean): Style {
  const wrap = (open: string, s: string): string => (enabled ? `\x1b[${open}m${s}\x1b[0m` : s)
  return {
    enabled,
    speaker: (i, s) => wrap(`1;${SPEAKER_CODES[i % SPEAKER_CODES.length]}`, s),
    joint: (s) => wrap('1;4', s),
    dim: (s) => wrap('2', s),
    bold: (s) => wrap('1', s),
    heading: (s) => wrap('1;4', s),
  }
}
