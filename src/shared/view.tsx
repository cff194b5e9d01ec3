// Shows an Analysis on a document: highlights (Highlight API or overlay fallback), turn-start
// markers and the panel, with toggles and scroll-to. Shared by the page annotator and the
// extension's reader page.
import { render } from 'preact'
import type { Analysis } from '../core/types'
import { annotationsMarkdown, historyCsv, historyMarkdown } from '../core/compare'
import { downloadText, fileName } from './download'
import { send, storageGet, storageSet } from './ext'
import { uiLanguage } from './i18n'
import { adoptPageStyles, highlightCss } from './paint/page-styles'
import {
  HighlightApiPainter,
  OverlayPainter,
  highlightApiAvailable,
  type Painter,
} from './paint/painter'
import { CATEGORY_STYLE, FOCUS_HIGHLIGHT, HIGHLIGHT_PREFIX, speakerColor } from './paint/palette'
import { planPaint } from './paint/plan'
import {
  boundNarration,
  liveRange,
  paintAnalysis,
  spanTableOf,
  type PaintSession,
} from './paint/session'
import { TurnMarkers, turnStarts } from './paint/markers'
import { createPanelHost, type PanelHost } from './panel/host'
import { fromPanelIndex, type PanelModel } from './panel/model'
import type { PanelIndex } from './panel/sections'
import { Panel } from './panel/Panel'
import type { NodeStart, TextBoundaries } from './text-ranges'
import type { PaintedPage } from './paint/paint-page'
import type { PhraseCategory } from '../core/types'

const COLLAPSED_KEY = 'panelCollapsed'

export interface ViewOptions {
  context: 'page' | 'reader'
  lowConfidence: boolean
  /** The article's root element (markers sit in its left margin). */
  articleRoot: Element
  eventLink(id: string): string | null
  signal: AbortSignal
  /** Called once every highlight is registered (before the panel renders). */
  onPainted?(session: PaintSession): void
  /** Open an extension reader link from a web page (see PanelActions.openReader). */
  openReader?(id: string, href: string): void
  /** Highlight names to start hidden (user settings), given the number of speakers. */
  hidden?(speakerCount: number): string[]
  /** Force the overlay fallback (tests, or pages whose adoptedStyleSheets cannot be set). */
  forceOverlay?: boolean
  /** The index's part of the panel, from the background's answer. */
  panel: PanelIndex
  /** Highlights already registered by the first bundle (paint/paint-page.ts): only the panel
   *  and markers are added, `onPainted` is not called again. */
  painted?: PaintedPage
}

export interface AnnotationView {
  session: PaintSession
  host: PanelHost
  model(): PanelModel
  update(patch: Partial<PanelModel>): void
  destroy(): void
}

function overlayStyle(name: string): { background?: string; underline?: string } {
  const rest = name.slice(HIGHLIGHT_PREFIX.length)
  if (rest.startsWith('speaker-')) return { background: speakerColor(Number(rest.slice(8)), 0.13) }
  if (rest.startsWith('phrase-'))
    return { underline: CATEGORY_STYLE[rest.slice(7) as PhraseCategory]?.color ?? '#888' }
  if (name === FOCUS_HIGHLIGHT) return { background: 'rgba(255, 212, 59, 0.6)' }
  return { underline: '#1c7ed6' }
}

export async function showAnnotations(
  doc: Document,
  nodes: readonly NodeStart[],
  analysis: Analysis,
  opts: ViewOptions,
): Promise<AnnotationView> {
  const pre = opts.painted
  const plan = pre?.plan ?? planPaint(analysis)
  const host = createPanelHost(doc, opts.context)
  let removeStyles: (() => void) | null = pre ? pre.removeStyles : null
  let painter: Painter
  if (pre) {
    painter = pre.painter
  } else if (
    !opts.forceOverlay &&
    highlightApiAvailable() &&
    (removeStyles = adoptPageStyles(doc, highlightCss(plan.speakers.length, plan.categories)))
  ) {
    painter = new HighlightApiPainter()
  } else {
    painter = new OverlayPainter(host.overlay, overlayStyle)
  }
  const hidden = pre ? pre.hidden : (opts.hidden?.(plan.speakers.length) ?? [])
  if (!pre) for (const name of hidden) painter.setVisible(name, false)
  let destroyed = false
  const cleanup: Array<() => void> = []
  const destroy = () => {
    if (destroyed) return
    destroyed = true
    for (const fn of cleanup.splice(0)) {
      try {
        fn()
      } catch {
        // Keep tearing down.
      }
    }
    painter.clear()
    removeStyles?.()
    try {
      render(null, host.mount)
    } catch {
      // Already detached.
    }
    host.remove()
  }
  opts.signal.addEventListener('abort', destroy, { once: true })

  let session: PaintSession
  if (pre) {
    session = pre.session
  } else {
    try {
      session = await paintAnalysis(doc, nodes, spanTableOf(analysis), painter, opts.signal, plan)
    } catch (e) {
      destroy()
      throw e
    }
    opts.onPainted?.(session)
  }
  boundNarration(session, nodes, analysis.turns)

  // Turn-start markers live in their own overlay layer.
  const markerLayer = doc.createElement('div')
  markerLayer.className = 'paint-layer markers'
  host.overlay.append(markerLayer)
  const markers = new TurnMarkers(
    markerLayer,
    turnStarts(plan.turnSpeaker, session.turnBounds),
    () => opts.articleRoot.getBoundingClientRect().left,
  )
  for (const name of hidden) {
    const m = /^readout-lens-speaker-(\d+)$/.exec(name)
    if (m) markers.setSpeakerVisible(Number(m[1]), false)
  }
  let layoutQueued = false
  const relayout = () => {
    if (layoutQueued || destroyed) return
    layoutQueued = true
    requestAnimationFrame(() => {
      layoutQueued = false
      if (destroyed) return
      markers.layout()
      painter.relayout()
    })
  }
  relayout()
  if (typeof ResizeObserver === 'function') {
    const ro = new ResizeObserver(relayout)
    ro.observe(opts.articleRoot)
    cleanup.push(() => ro.disconnect())
  }
  const win = doc.defaultView
  win?.addEventListener('resize', relayout, { signal: opts.signal })

  let focusTimer: ReturnType<typeof setTimeout> | undefined
  cleanup.push(() => clearTimeout(focusTimer))
  const scrollTo = (b: TextBoundaries | null | undefined) => {
    const range = liveRange(doc, b ?? null)
    if (!range || !win) return
    const el = range.startContainer.parentElement
    // Bring nested scroll containers round first, then centre the exact text in the window.
    el?.scrollIntoView({ block: 'nearest' })
    const rect = range.getBoundingClientRect()
    const smooth = !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    win.scrollTo({
      top: win.scrollY + rect.top - win.innerHeight * 0.3,
      behavior: smooth ? 'smooth' : 'auto',
    })
    flash(range)
  }
  const flash = (range: Range) => {
    clearTimeout(focusTimer)
    painter.add(FOCUS_HIGHLIGHT, [range], 3)
    focusTimer = setTimeout(() => painter.setVisible(FOCUS_HIGHLIGHT, false), 1600)
    painter.setVisible(FOCUS_HIGHLIGHT, true)
  }

  const collapsed = (await storageGet<boolean>(COLLAPSED_KEY)) === true
  let model: PanelModel = {
    analysis,
    plan,
    context: opts.context,
    lowConfidence: opts.lowConfidence,
    collapsed,
    ...fromPanelIndex(opts.panel),
    visible: Object.fromEntries(hidden.map((n) => [n, false])),
    paintMode: painter.mode,
  }
  const actions = {
    setCollapsed: (c: boolean) => {
      void storageSet(COLLAPSED_KEY, c)
      update({ collapsed: c })
    },
    setVisible: (name: string, on: boolean) => {
      painter.setVisible(name, on)
      const m = /^readout-lens-speaker-(\d+)$/.exec(name)
      if (m) markers.setSpeakerVisible(Number(m[1]), on)
      update({ visible: { ...model.visible, [name]: on } })
    },
    scrollToTurn: (i: number) => scrollTo(session.turnBounds[i]),
    scrollToPhrase: (i: number) => scrollTo(session.phraseBounds[i]),
    scrollToMention: (i: number) => scrollTo(session.mentionBounds[i]),
    eventLink: opts.eventLink,
    ...(opts.openReader ? { openReader: opts.openReader } : {}),
    openPage: (page: 'compare' | 'timeline', query: string) => {
      void send({ type: 'open-page', page, query })
    },
    exportText: (what: 'annotations' | 'history-md' | 'history-csv') => {
      const lang = uiLanguage().startsWith('zh') ? 'zh' : 'en'
      const cp = analysis.event?.counterpart?.name ?? 'history'
      const history = model.sections.since?.history ?? []
      if (what === 'annotations') {
        const name = fileName(model.sections.event?.id ?? analysis.title, 'md')
        downloadText(doc, host.mount, name, annotationsMarkdown(analysis, lang), 'text/markdown')
      } else if (what === 'history-md') {
        const text = historyMarkdown(cp, history, lang)
        downloadText(doc, host.mount, fileName(`${cp}-history`, 'md'), text, 'text/markdown')
      } else {
        const text = historyCsv(history)
        downloadText(doc, host.mount, fileName(`${cp}-history`, 'csv'), text, 'text/csv')
      }
    },
    trackPhrase: async (text: string) => (await send({ type: 'track-phrase', phrase: text })).ok,
  }
  const draw = () => {
    if (!destroyed) render(<Panel model={model} actions={actions} />, host.mount)
  }
  const update = (patch: Partial<PanelModel>) => {
    model = { ...model, ...patch }
    draw()
  }
  if (opts.signal.aborted) destroy()
  draw()
  return { session, host, model: () => model, update, destroy }
}
