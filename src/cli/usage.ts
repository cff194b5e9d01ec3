// Help text and usage errors of the `readout-lens` command.

declare const __READOUT_LENS_VERSION__: string | undefined

export const VERSION: string =
  typeof __READOUT_LENS_VERSION__ === 'string' ? __READOUT_LENS_VERSION__ : '0.0.0-dev'

export const USAGE = `readout-lens ${VERSION} — analyse Chinese state-media readouts of leader calls and meetings

Usage:
  readout-lens analyze <file> [--url URL] [--published YYYY-MM-DD] [--json | --markdown]
                       [--explain] [--index FILE] [--families FILE]
  readout-lens compare <A> <B> [--url URL_A --url URL_B] [--json | --markdown] [--families FILE]
  readout-lens history <counterpart> [--index FILE] [--json | --markdown | --csv]
  readout-lens build-index <dir> -o <file>
  readout-lens archive cctv --from YYYY-MM-DD --to YYYY-MM-DD -o <file> [--origin URL] [--rate N]
  readout-lens --help | --version

analyze      Reads a plain-text, Markdown (YAML front matter + HTML body) or HTML file and
             prints who said what, the event, key phrases, mentions of other events and
             related earlier events from the index. Colours speakers on a terminal
             (NO_COLOR=1 turns colours off, FORCE_COLOR=1 on). <file> - reads stdin.
             English readouts (White House, Kremlin, foreign ministry in English) get the
             same analysis with "language": "en" and canonical names (习近平, 拜登).
  --url URL              where the page came from (picks the site adapter, gives the year)
  --published DATE       publication date YYYY-MM-DD (overrides the page)
  --json                 print one JSON object (shape documented in the README;
                         event.counterpart is an object {name, country, title} or null;
                         offsets index the file for text input, the body text otherwise)
  --markdown             print the annotations as Markdown with citations (for a memo)
  --explain              the report says which attribution rule gave each sentence to its
                         speaker (the same id as each turn's "rule" in --json)
  --index FILE           rank related events against FILE instead of the built-in index;
                         also what changed since the last event with the counterpart
                         (sinceLast) and the earlier events with them (history)
  --families FILE        extra variant families (JSON list of {label, variants})

compare      Two readouts side by side: sentences aligned by content, sentences only one
             side has, formulations added in B and dropped from A, variant wordings,
             per speaker the share of sentences and who speaks first. Across languages (a
             Chinese readout and the counterpart's own): whether both tell of one event
             (dates within a day, leaders through the name table), the topics both, only A
             and only B mention with each side's sentences, and who each side says asked.
  --url URL              where A came from; a second --url is where B came from

history      Every event with <counterpart> in the index, newest first: date, kind, 应约,
             place and the formulations each introduced.
  --csv                  one row per event (RFC 4180)

build-index  Analyses every .txt/.md/.html file in <dir> and writes a readout-lens index
             (one event per real-world call, merged across outlets).
  -o, --output FILE      where to write the index (required)

archive      Imports the readouts of the Chinese leaders' calls, talks and meetings from the
             新闻联播 archive (tv.cctv.com day pages, from 2016-03-30 on), newest day first,
             one request at a time; adds them to <file> (created when absent), merged with
             the same events from other outlets. A rerun adds nothing. Missing pages are
             reported and skipped; 429/5xx answers are retried after a pause, and the import
             stops after repeated failures. Progress on a terminal, a summary at the end.
  --from, --to DATE      the evenings to scan, both included
  -o, --output FILE      the index to add to (required)
  --origin URL           read from a mirror instead of https://tv.cctv.com
  --rate N               at most N requests per second (default 2)

Exit codes: 0 ok, 1 unreadable/empty input or failure, 2 usage error.
`

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
