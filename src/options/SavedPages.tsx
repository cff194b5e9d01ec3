// Options → "Import saved pages": many files (HTML, Markdown, text) chosen at once, read here
// (File API) and sent to the background one message per file, which reads, analyses and saves
// each as build-index would. Each file gets its row in the report as it is done: added, merged
// with which event, already there, not a readout, or unreadable and why. A full index stops the
// run (what was saved stays); the other failures are the file's alone.
import { useRef, useState } from 'preact/hooks'
import { send } from '../shared/ext'
import { dateLabel, errorText, formatBytes, kindLabel, t } from '../shared/i18n'
import {
  MAX_SAVED_PAGE_BYTES,
  SAVED_PAGE_ACCEPT,
  type EventRef,
  type SavedPageReport,
  type UnreadableReason,
} from '../shared/saved-pages'

/** Dispatched on window after an import run, so the index's own section recounts. */
export const INDEX_CHANGED = 'readout-lens:index-changed'

/** A file's row: waiting, being read, its report, or a failure of the import itself. */
type Row =
  | { name: string; state: 'waiting' | 'working' }
  | { name: string; state: 'done'; report: SavedPageReport }
  | { name: string; state: 'failed'; text: string; quota: boolean }
  | { name: string; state: 'skipped' }

/** The file's bytes as base64 (FileReader's data URL: no byte loop on a 5 MB file). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'))
    reader.readAsDataURL(file)
  })
}

const REASON_KEY: Record<UnreadableReason, string> = {
  'too-large': 'savedReasonTooLarge',
  empty: 'savedReasonEmpty',
  binary: 'savedReasonBinary',
  encoding: 'savedReasonEncoding',
  unreadable: 'savedReasonUnreadable',
  'no-body': 'savedReasonNoBody',
  'front-matter': 'savedReasonFrontMatter',
  'needs-html-parser': 'savedReasonNoParser',
}

export function eventText(e: EventRef): string {
  return [dateLabel(e.date), kindLabel(e.kind), e.counterpart].filter(Boolean).join(' · ')
}

function resultText(row: Row): string {
  switch (row.state) {
    case 'waiting':
      return t('savedWaiting')
    case 'working':
      return t('savedWorking')
    case 'skipped':
      return t('savedSkippedFull')
    case 'failed':
      return row.text
  }
  const r = row.report
  switch (r.result) {
    case 'added':
      return t('savedAdded', eventText(r.event))
    case 'merged':
      return t('savedMerged', eventText(r.event))
    case 'duplicate':
      return t('savedDuplicate', eventText(r.event))
    case 'not-readout':
      return r.noEvent ? t('savedNoEvent') : t('savedNotReadout', r.confidence.toFixed(2))
    case 'unreadable':
      return t(
        'savedUnreadable',
        r.reason === 'too-large'
          ? t(REASON_KEY[r.reason], formatBytes(MAX_SAVED_PAGE_BYTES))
          : t(REASON_KEY[r.reason]),
      )
  }
}

/** The row's result class: added, merged, duplicate, not-readout, unreadable, failed, … */
function resultKind(row: Row): string {
  if (row.state === 'done') return row.report.result
  if (row.state === 'failed') return row.quota ? 'quota' : 'failed'
  return row.state
}

function counts(rows: Row[]) {
  const n = { done: 0, added: 0, merged: 0, duplicate: 0, other: 0, bad: 0 }
  for (const r of rows) {
    if (r.state === 'waiting' || r.state === 'working') continue
    n.done++
    const k = resultKind(r)
    if (k === 'added' || k === 'merged' || k === 'duplicate') n[k]++
    else if (k === 'not-readout') n.other++
    else n.bad++
  }
  return n
}

export function SavedPages() {
  const [rows, setRows] = useState<Row[]>([])
  const [running, setRunning] = useState(false)
  const stop = useRef(false)
  const input = useRef<HTMLInputElement>(null)

  const run = async (files: File[]) => {
    stop.current = false
    setRunning(true)
    const out: Row[] = files.map((f) => ({ name: f.name, state: 'waiting' }))
    const show = () => setRows(out.slice())
    show()
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!
      if (stop.current) break
      out[i] = { name: file.name, state: 'working' }
      show()
      out[i] = await importOne(file)
      show()
      const row = out[i]!
      if (row.state === 'failed' && row.quota) {
        // Storage is full: every later file would fail the same way.
        for (let j = i + 1; j < files.length; j++)
          out[j] = { name: files[j]!.name, state: 'skipped' }
        show()
        break
      }
    }
    if (stop.current)
      for (let j = 0; j < out.length; j++)
        if (out[j]!.state === 'waiting') out[j] = { name: out[j]!.name, state: 'skipped' }
    show()
    setRunning(false)
    if (input.current) input.current.value = ''
    window.dispatchEvent(new Event(INDEX_CHANGED))
  }

  const n = counts(rows)
  const stopped = rows.some((r) => r.state === 'skipped')
  return (
    <section aria-labelledby="h-saved-pages" data-testid="saved-pages">
      <h2 id="h-saved-pages">{t('savedTitle')}</h2>
      <p class="help">{t('savedHelp', formatBytes(MAX_SAVED_PAGE_BYTES))}</p>
      <div class="buttons">
        <label class="file">
          {t('savedChoose')}
          <input
            ref={input}
            type="file"
            multiple
            name="saved-pages"
            data-testid="saved-pages-input"
            accept={SAVED_PAGE_ACCEPT}
            disabled={running}
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? [])
              if (files.length) void run(files)
            }}
          />
        </label>
        {running && (
          <button
            type="button"
            data-testid="saved-pages-stop"
            onClick={() => (stop.current = true)}
          >
            {t('savedStop')}
          </button>
        )}
      </div>
      {rows.length > 0 && (
        <div
          class="saved-pages-progress"
          data-testid="saved-pages-progress"
          data-state={running ? 'running' : 'done'}
        >
          <progress max={rows.length} value={n.done} aria-label={t('savedFilesLabel')} />
          <p role="status" data-testid="saved-pages-counts">
            {t('savedCounts', n.done, rows.length, n.added, n.merged, n.duplicate, n.other, n.bad)}
            {!running && stopped ? ` · ${t('savedStopped')}` : ''}
          </p>
          <table class="saved-pages-report" data-testid="saved-pages-report">
            <thead>
              <tr>
                <th scope="col">{t('savedFile')}</th>
                <th scope="col">{t('savedResult')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={`${i}|${row.name}`} data-result={resultKind(row)}>
                  <td class="file-name">{row.name}</td>
                  <td>{resultText(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/** One file: refused unread when too large, else read and sent; failures become its row. */
async function importOne(file: File): Promise<Row> {
  const name = file.name
  if (file.size > MAX_SAVED_PAGE_BYTES)
    return {
      name,
      state: 'done',
      report: { result: 'unreadable', reason: 'too-large', detail: `${file.size} bytes` },
    }
  let data: string
  try {
    data = await readBase64(file)
  } catch (e) {
    return { name, state: 'failed', quota: false, text: t('savedReadFailed', String(e)) }
  }
  let r = await send({ type: 'import-saved-page', name, data })
  // A background that was stopped (Chromium ends idle workers) answers the second time.
  if (!r.ok && r.error.code === 'unreachable')
    r = await send({ type: 'import-saved-page', name, data })
  if (r.ok) return { name, state: 'done', report: r.report }
  const quota = r.error.code === 'quota'
  return {
    name,
    state: 'failed',
    quota,
    text: quota ? t('savedQuota') : errorText('options', r.error),
  }
}
