// The popup: current tab status, search as you type over the local index, index size.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { LensError, SearchFilters, SearchHit, TabStatus } from '../shared/messages'
import { ArchiveProgress, useArchiveRecord } from '../shared/archive-progress'
import { send } from '../shared/ext'
import { errorText, formatBytes, t } from '../shared/i18n'
import { browser } from './browser'
import type { TabEvent } from './compare-link'
import { Filters } from './Filters'
import { Results } from './Results'
import { activeTab, TabSection, type ActiveTab } from './TabSection'

const DEBOUNCE_MS = 60

// Performance marks for the first query of this popup (benchmarks read them).
let firstSent = ''
let firstShown = ''

interface SearchView {
  query: string
  hits: SearchHit[]
  total: number
  exact: boolean
}

type Info = { ok: true; events: number; bytes: number | null } | { ok: false; error: LensError }

export function Popup() {
  const [tab, setTab] = useState<ActiveTab | null>(null)
  const [tabEvent, setTabEvent] = useState<TabEvent | null>(null)
  const [info, setInfo] = useState<Info | null>(null)
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<SearchFilters>({})
  const [view, setView] = useState<SearchView | null>(null)
  const [error, setError] = useState<LensError | null>(null)
  const [busy, setBusy] = useState(false)
  const seq = useRef(0)
  const lastChange = useRef(-Infinity)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  /** The search on its way, if any. */
  const inFlight = useRef<Promise<unknown> | null>(null)
  const box = useRef<HTMLInputElement>(null)
  const archive = useArchiveRecord()

  useEffect(() => {
    // The tab and the index size wait for a search already on its way: they share the
    // background and its database with it, and the results are what the user is waiting for.
    const load = () => {
      // An empty query: no hits, but a background that was asleep loads its search state now
      // rather than on the first keystroke.
      void send({ type: 'search', query: '', limit: 1 })
      void activeTab().then(setTab)
      void send({ type: 'index-info' }).then((r) =>
        setInfo(r.ok ? { ok: true, events: r.events, bytes: r.bytes } : r),
      )
    }
    // (After the reply's results are rendered: a macrotask after it.)
    if (inFlight.current) void inFlight.current.then(() => setTimeout(load))
    else load()
    return () => clearTimeout(timer.current)
  }, [])

  /** Search from the input handler itself: no render or effect between keystroke and request. */
  const search = (text: string, f: SearchFilters) => {
    const q = text.trim()
    const mine = ++seq.current
    clearTimeout(timer.current)
    if (!q) {
      setView(null)
      setError(null)
      setBusy(false)
      return
    }
    setBusy(true)
    // Leading-edge debounce: the first keystroke after a pause searches at once (that is the
    // popup's first-results time); keystrokes in quick succession wait for the typing to stop.
    const now = performance.now()
    const delay = now - lastChange.current > DEBOUNCE_MS ? 0 : DEBOUNCE_MS
    lastChange.current = now
    const go = () => {
      if (!firstSent) performance.mark((firstSent = 'readout-lens:first-search-sent'))
      const request = send({ type: 'search', query: q, filters: f, limit: 20 })
      const settled = request.then(() => undefined)
      inFlight.current = settled
      void settled.then(() => {
        if (inFlight.current === settled) inFlight.current = null
      })
      void request.then((r) => {
        if (mine !== seq.current) return // a newer keystroke won
        setBusy(false)
        if (!r.ok) {
          setError(r.error)
          setView(null)
          return
        }
        setError(null)
        const exact = r.totalExact !== false
        setView({ query: q, hits: r.hits, total: r.total, exact })
        if (!firstShown && r.hits.length > 0) {
          // After the next paint: what a user sees. Read by the benchmark (search_first_ms).
          requestAnimationFrame(() => {
            if (!firstShown) performance.mark((firstShown = 'readout-lens:first-results-shown'))
          })
        }
      })
    }
    if (delay === 0) go()
    else timer.current = setTimeout(go, delay)
  }

  const focusBox = () => box.current?.focus()
  const count = view
    ? view.hits.length === view.total
      ? t('popupResultCount', view.total)
      : view.exact
        ? t('popupResultCountShown', view.hits.length, view.total)
        : t('popupResultCountApprox', view.hits.length, view.total)
    : ''
  const infoError = info && !info.ok ? info : null
  const empty = info && info.ok && info.events === 0

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </header>
      <TabSection
        tab={tab}
        onStatus={(st: TabStatus | null) =>
          setTabEvent(
            st?.isReadout && st.eventId ? { id: st.eventId, date: st.date ?? null } : null,
          )
        }
      />
      {archive && (archive.job.status === 'running' || archive.job.status === 'paused') && (
        <section class="archive" aria-label={t('popupArchive')}>
          <ArchiveProgress record={archive} compact />
        </section>
      )}
      <search class="search" role="search">
        <label for="q">{t('popupSearchLabel')}</label>
        <input
          id="q"
          ref={box}
          type="search"
          role="searchbox"
          autoFocus
          autoComplete="off"
          spellcheck={false}
          placeholder={t('popupSearchPlaceholder')}
          aria-describedby="search-hint"
          aria-controls="results"
          value={query}
          onInput={(e) => {
            const text = e.currentTarget.value
            setQuery(text)
            search(text, filters)
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              const first = document.querySelector<HTMLAnchorElement>('a.result-main')
              if (first) {
                e.preventDefault()
                first.focus()
              }
            }
          }}
        />
        <p id="search-hint" class="hint">
          {t('popupKeyboardHint')}
        </p>
        <Filters
          value={filters}
          onChange={(f) => {
            setFilters(f)
            search(query, f)
          }}
        />
      </search>
      <div class="status" role="status" aria-live="polite" data-testid="status">
        {infoError
          ? errorText('popup', infoError.error)
          : error
            ? errorText('popup', error)
            : busy && !view
              ? t('popupSearching')
              : view && view.hits.length === 0
                ? t('popupNoResults', view.query)
                : empty && !view
                  ? t('popupEmptyIndex')
                  : count}
      </div>
      {view && view.hits.length > 0 && (
        <Results hits={view.hits} onEscape={focusBox} tabEvent={tabEvent} />
      )}
      <footer data-testid="index-size">
        {info && info.ok
          ? info.bytes !== null
            ? t('popupIndexBytes', info.events, formatBytes(info.bytes))
            : t('popupIndexSize', info.events)
          : ''}
      </footer>
    </main>
  )
}
