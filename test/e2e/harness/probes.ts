// Functions that run INSIDE a page (passed to page.evaluate): each must be self-contained —
// no imports, no closures over module scope, no helpers defined outside its body.

/** One range of a registered highlight. `start` is its offset in `document.body.textContent`. */
export interface HighlightRange {
  text: string
  start?: number
}

export type HighlightMap = Record<string, HighlightRange[]>

/** Ranges of every `CSS.highlights` entry whose name starts with `readout-lens-`, in text order. */
export function probeHighlights(): HighlightMap {
  const out: HighlightMap = {}
  const registry = typeof CSS === 'undefined' ? undefined : CSS.highlights
  if (!registry) return out
  const offsets = new Map<Node, number>()
  const root = document.body ?? document.documentElement
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let pos = 0
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    offsets.set(n, pos)
    pos += (n as Text).data.length
  }
  for (const [name, highlight] of registry) {
    if (!name.startsWith('readout-lens-')) continue
    const ranges: HighlightRange[] = []
    for (const range of highlight) {
      if (!(range instanceof Range) && !(range instanceof StaticRange)) continue
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
        range instanceof Range
          ? range.toString()
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
  /** Whether the host holds an open shadow root. */
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
  const root = host.shadowRoot
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
  const root = document.querySelector('readout-lens-panel')?.shadowRoot
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
  const root = document.querySelector('readout-lens-panel')?.shadowRoot
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
  const registry = typeof CSS === 'undefined' ? undefined : CSS.highlights
  let highlights = 0
  if (registry)
    for (const name of registry.keys()) if (name.startsWith('readout-lens-')) highlights++
  return { panel: document.querySelector('readout-lens-panel') !== null, highlights }
}
