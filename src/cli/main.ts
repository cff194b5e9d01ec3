// Entry point of the `readout-lens` command: parses arguments, dispatches, maps failures to
// exit codes (1: input unreadable/empty or failure, 2: usage error).
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { IntakeError } from '../core/intake/errors'
import { IndexFileError } from '../node/corpus-index'
import { CCTV_FIRST_DAY, CCTV_ORIGIN, isDay, POLITE } from '../core/archive'
import { runAnalyze } from './analyze-command'
import { runArchive } from './archive-command'
import { runBuildIndex } from './build-index-command'
import { runCompare } from './compare-command'
import { runHistory } from './history-command'
import { FamiliesFileError } from '../node/families-file'
import type { CliIO } from './io'
import { USAGE, UsageError, VERSION } from './usage'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function checkDate(v: string): string {
  const m = DATE.exec(v)
  const t = m ? new Date(`${v}T00:00:00Z`) : null
  if (!m || !t || Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== v) {
    throw new UsageError(`--published must be a date YYYY-MM-DD (got "${v}")`)
  }
  return v
}

function checkUrl(v: string, flag = '--url'): string {
  try {
    const u = new URL(v)
    if (u.protocol === 'http:' || u.protocol === 'https:') return v
  } catch {
    // fall through
  }
  throw new UsageError(`${flag} must be an http(s) URL (got "${v}")`)
}

/** The one output format flag given (at most one), or `report`. */
function oneFormat<F extends string>(values: Record<string, unknown>, flags: F[]): F | 'report' {
  const given = flags.filter((f) => values[f] === true)
  if (given.length > 1)
    throw new UsageError(`choose one of ${given.map((f) => `--${f}`).join(', ')}`)
  return given[0] ?? 'report'
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}

function checkDay(flag: string, v: unknown): string {
  if (typeof v !== 'string') throw new UsageError(`archive needs ${flag} YYYY-MM-DD`)
  if (!isDay(v)) throw new UsageError(`${flag} must be a date YYYY-MM-DD (got "${v}")`)
  return v
}

function archiveArgs(rest: string[], io: CliIO) {
  const { values, positionals } = parse(rest, {
    from: { type: 'string' },
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    origin: { type: 'string' },
    rate: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    io.stdout.write(USAGE)
    return null
  }
  if (positionals.length !== 1 || positionals[0] !== 'cctv')
    throw new UsageError('archive takes one source: cctv')
  const from = checkDay('--from', values.from)
  const to = checkDay('--to', values.to)
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`)
  if (to < CCTV_FIRST_DAY)
    throw new UsageError(`the 新闻联播 day pages begin on ${CCTV_FIRST_DAY} (--to is ${to})`)
  if (typeof values.output !== 'string') throw new UsageError('archive needs -o <file>')
  let origin = CCTV_ORIGIN
  if (typeof values.origin === 'string')
    origin = checkUrl(values.origin, '--origin').replace(/\/+$/, '')
  let rate = POLITE.ratePerSecond
  if (typeof values.rate === 'string') {
    rate = Number(values.rate)
    if (!Number.isFinite(rate) || rate <= 0)
      throw new UsageError(
        `--rate must be a positive number of requests per second (got "${values.rate}")`,
      )
  }
  return {
    from: from < CCTV_FIRST_DAY ? CCTV_FIRST_DAY : from,
    to,
    output: values.output,
    origin,
    politeness: { ...POLITE, ratePerSecond: rate },
  }
}

function dispatch(argv: string[], io: CliIO): number | Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined) throw new UsageError('missing command')
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE)
    return 0
  }
  if (command === '--version' || command === '-v' || command === '-V') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (command === 'analyze') {
    const { values, positionals } = parse(rest, {
      url: { type: 'string' },
      published: { type: 'string' },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      explain: { type: 'boolean' },
      index: { type: 'string' },
      families: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout.write(USAGE)
      return 0
    }
    if (positionals.length !== 1) throw new UsageError('analyze takes exactly one <file>')
    if (values.json && values.markdown) throw new UsageError('choose one of --json and --markdown')
    return runAnalyze(
      {
        file: positionals[0]!,
        url: typeof values.url === 'string' ? checkUrl(values.url) : undefined,
        published: typeof values.published === 'string' ? checkDate(values.published) : undefined,
        json: values.json === true,
        markdown: values.markdown === true,
        explain: values.explain === true,
        index: typeof values.index === 'string' ? values.index : undefined,
        families: typeof values.families === 'string' ? values.families : undefined,
      },
      io,
    )
  }
  if (command === 'compare') {
    const { values, positionals } = parse(rest, {
      url: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      families: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout.write(USAGE)
      return 0
    }
    if (positionals.length !== 2) throw new UsageError('compare takes exactly two files: <A> <B>')
    const urls = (values.url ?? []).map((u) => checkUrl(u))
    if (urls.length > 2) throw new UsageError('compare takes at most two --url (A, then B)')
    return runCompare(
      {
        files: [positionals[0]!, positionals[1]!],
        urls: [urls[0], urls[1]],
        format: oneFormat(values, ['json', 'markdown']),
        families: typeof values.families === 'string' ? values.families : undefined,
      },
      io,
    )
  }
  if (command === 'history') {
    const { values, positionals } = parse(rest, {
      index: { type: 'string' },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      csv: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout.write(USAGE)
      return 0
    }
    if (positionals.length !== 1 || positionals[0]!.trim() === '')
      throw new UsageError('history takes exactly one <counterpart> name')
    return runHistory(
      {
        counterpart: positionals[0]!,
        index: typeof values.index === 'string' ? values.index : undefined,
        format: oneFormat(values, ['json', 'markdown', 'csv']),
      },
      io,
    )
  }
  if (command === 'build-index') {
    const { values, positionals } = parse(rest, {
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout.write(USAGE)
      return 0
    }
    if (positionals.length !== 1) throw new UsageError('build-index takes exactly one <dir>')
    if (typeof values.output !== 'string') throw new UsageError('build-index needs -o <file>')
    return runBuildIndex({ dir: positionals[0]!, output: values.output }, io)
  }
  if (command === 'archive') {
    const args = archiveArgs(rest, io)
    return args ? runArchive(args, io) : 0
  }
  throw new UsageError(`unknown command "${command}"`)
}

/** A number for the synchronous commands, a promise for `archive` (network). */
export function main(argv: string[], io: CliIO): number | Promise<number> {
  try {
    const code = dispatch(argv, io)
    return typeof code === 'number' ? code : code.catch((err: unknown) => failure(err, io))
  } catch (err) {
    return failure(err, io)
  }
}

function failure(err: unknown, io: CliIO): number {
  if (err instanceof UsageError) {
    io.stderr.write(`readout-lens: ${err.message}\nRun \`readout-lens --help\` for usage.\n`)
    return 2
  }
  if (
    err instanceof IntakeError ||
    err instanceof IndexFileError ||
    err instanceof FamiliesFileError
  ) {
    io.stderr.write(`readout-lens: ${err.message}\n`)
    return 1
  }
  io.stderr.write(`readout-lens: internal error: ${(err as Error).stack ?? String(err)}\n`)
  return 1
}
