// Functions that run INSIDE a page: each must be self-contained — no imports, no closures
// over module scope, no helpers defined outside its body.
//
// The panel's shadow root is closed and the highlights are registered under opaque names, so
// the probes that read them run in the extension's own world (TestBrowser.inExtensionWorld:
// the content script's isolated world / sandbox through scripting.executeScript, or our own
// extension page), where `globalThis.__readoutLensInspect()` (src/shared/inspect.ts) gives the
// root and the registered → logical names. Where it is absent (a page the extension cannot
// reach, the harness's own self-test) they fall back to open roots and `readout-lens-*` names.

/** One range of a registered highlight. `start` is its offset in `document.body.textContent`. */
export interface HighlightRange {
  text: string
  start?: number
}

export type HighlightMap = Record<string, HighlightRange[]>

/** Ranges of every highlight of ours, by logical name (`readout-lens-…`), in text order. */
export function probeHighlights(): HighlightMap {
  const out: HighlightMap = {}
  // Firefox's content-script sandbox cannot iterate the registry through its Xray wrapper:
  // read the page's own view (wrappedJSObject) there, nodes and all.
  const w = ((window as unknown as { wrappedJSObject?: unknown }).wrappedJSObject ??
    window) as unknown as { CSS?: typeof CSS; document: Document }
  const document = w.document
  const registry = w.CSS?.highlights
  if (!registry) return out
  const inspect = (
    globalThis as { __readoutLensInspect?: () => { names: Record<string, string> } }
  ).__readoutLensInspect?.()
  const logical = (n: string): string | undefined =>
    inspect ? inspect.names[n] : n.startsWith('readout-lens-') ? n : undefined
  const offsets = new Map<Node, number>()
  const root = document.body ?? document.documentElement
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  let pos = 0
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    offsets.set(n, pos)
    pos += (n as Text).data.length
  }
  for (const [registered, highlight] of registry) {
    const name = logical(registered)
    if (name === undefined) continue
    const ranges: HighlightRange[] = []
    for (const range of highlight) {
      if (!range || typeof range.startOffset !== 'number') continue
      const base = offsets.get(range.startContainer)
      let start: number | undefined
      if (base !== undefined) start = base + range.startOffset
      else if (root.contains(range.startContainer)) {
        // Element boundary: count the text before it.
        const before = document.createRange()
        before.setStart(root, 0)
        before.setEnd(range.startContainer, range.startOffset)
        start = before.toString().length
      }
      const text =
        typeof (range as Range).toString === 'function' && 'commonAncestorContainer' in range
          ? (range as Range).toString()
          : (() => {
              const r = document.createRange()
              r.setStart(range.startContainer, range.startOffset)
              r.setEnd(range.endContainer, range.endOffset)
              return r.toString()
            })()
      ranges.push(start === undefined ? { text } : { text, start })
    }
    ranges.sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
    out[name] = ranges
  }
  return out
}

/** Snapshot of the panel: null when there is no `readout-lens-panel` host. */
export interface PanelSnapshot {
  /** Number of host elements in the page (must be 1). */
  hosts: number
  /** Whether the prober reached the host's shadow root (closed: only the extension can). */
  open: boolean
  /** Visible text of the shadow tree (style/script skipped), whitespace collapsed. */
  text: string
  /** innerHTML of the shadow root. */
  html: string
}

export function probePanel(): PanelSnapshot | null {
  const hosts = document.querySelectorAll('readout-lens-panel')
  const host = hosts[0]
  if (!host) return null
  const inspect = (
    globalThis as { __readoutLensInspect?: () => { root: ShadowRoot | null } }
  ).__readoutLensInspect?.()
  const root = inspect ? inspect.root : host.shadowRoot
  const parts: string[] = []
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data)
    if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = (node as Element).localName
      if (tag === 'style' || tag === 'script' || tag === 'template') return
      if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li') parts.push(' ')
    }
    node.childNodes.forEach(visit)
  }
  if (root) visit(root)
  return {
    hosts: hosts.length,
    open: root !== null,
    text: parts.join('').replace(/\s+/g, ' ').trim(),
    html: root?.innerHTML ?? '',
  }
}

export interface PanelElement {
  tag: string
  text: string
  attributes: Record<string, string>
}

/** Elements matching `selector` inside the panel's shadow root. */
export function probePanelQuery(selector: string): PanelElement[] {
  const inspect = (
    globalThis as { __readoutLensInspect?: () => { root: ShadowRoot | null } }
  ).__readoutLensInspect?.()
  const root = inspect ? inspect.root : document.querySelector('readout-lens-panel')?.shadowRoot
  if (!root) return []
  return [...root.querySelectorAll(selector)].map((el) => {
    const attributes: Record<string, string> = {}
    for (const a of el.attributes) attributes[a.name] = a.value
    return {
      tag: el.localName,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      attributes,
    }
  })
}

/** Click the `index`-th element matching `selector` in the panel's shadow root. */
export function probePanelClick(arg: { selector: string; index: number }): boolean {
  const inspect = (
    globalThis as { __readoutLensInspect?: () => { root: ShadowRoot | null } }
  ).__readoutLensInspect?.()
  const root = inspect ? inspect.root : document.querySelector('readout-lens-panel')?.shadowRoot
  const el = root?.querySelectorAll(arg.selector)[arg.index]
  if (!(el instanceof HTMLElement)) return false
  el.click()
  return true
}

/**
 * The DOM as lines (one per element / non-blank text node, indented by depth, attributes
 * sorted), skipping the `readout-lens-panel` host. With `html`, the lines of that markup
 * parsed afresh (scripts not run) instead of the live document.
 */
export function probeDomLines(html: string | null): string[] {
  const doc = html === null ? document : new DOMParser().parseFromString(html, 'text/html')
  const lines: string[] = []
  const visit = (node: Node, depth: number): void => {
    const pad = ' '.repeat(depth)
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data
      if (data.trim()) lines.push(`${pad}#text ${JSON.stringify(data)}`)
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const el = node as Element
    if (el.localName === 'readout-lens-panel') return
    const attrs = [...el.attributes]
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort()
      .join(' ')
    lines.push(`${pad}<${el.localName}${attrs ? ' ' + attrs : ''}>`)
    // noscript is raw text in a scripted document but markup in a DOMParser one.
    if (el.localName === 'noscript' || el.localName === 'template') return
    el.childNodes.forEach((c) => visit(c, depth + 1))
  }
  visit(doc.documentElement, 0)
  return lines
}

/** Whether the extension has painted: panel host present and ≥1 readout-lens highlight. */
export function probeAnnotated(): { panel: boolean; highlights: number } {
  const w = ((window as unknown as { wrappedJSObject?: unknown }).wrappedJSObject ??
    window) as unknown as { CSS?: typeof CSS; document: Document }
  const registry = w.CSS?.highlights
  const inspect = (
    globalThis as { __readoutLensInspect?: () => { names: Record<string, string> } }
  ).__readoutLensInspect?.()
  let highlights = 0
  if (registry)
    for (const name of registry.keys())
      if (inspect ? name in inspect.names : name.startsWith('readout-lens-')) highlights++
  return { panel: document.querySelector('readout-lens-panel') !== null, highlights }
}
