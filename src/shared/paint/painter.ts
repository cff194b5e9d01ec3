// Two ways to paint named groups of text ranges without touching the page DOM (names are
// logical inside the extension; the page's registry sees only opaque ones, palette.ts):
// - HighlightApiPainter: the CSS Custom Highlight API (Chrome 105+, Firefox 140+);
// - OverlayPainter (fallback when `CSS.highlights` is missing): absolutely positioned boxes
//   drawn from Range.getClientRects() inside our own shadow root, pointer-events off. Page
//   nodes are never wrapped or split, so page scripts (React, Vue, editors) keep working.
import { registeredName } from './palette'

export interface Painter {
  readonly mode: 'highlight-api' | 'overlay'
  /** Live Ranges are needed by the overlay; StaticRanges are enough (and cheaper) for the API. */
  readonly needsLiveRanges: boolean
  add(name: string, ranges: AbstractRange[], priority: number): void
  setVisible(name: string, on: boolean): void
  isVisible(name: string): boolean
  /** Re-measure after layout changes (overlay only). */
  relayout(): void
  clear(): void
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight

/** Arguments per call stay far below engines' limits (~65k in some). */
const MAX_CTOR_RANGES = 8_192

export function highlightApiAvailable(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
  )
}

export class HighlightApiPainter implements Painter {
  readonly mode = 'highlight-api' as const
  readonly needsLiveRanges = false
  private readonly own = new Map<string, Highlight>()
  private readonly hidden = new Set<string>()

  add(name: string, ranges: AbstractRange[], priority: number): void {
    const H = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight
    // The constructor takes the ranges in one call (a call per range costs more on a cold
    // page); beyond a safe argument count the rest are added one by one.
    const h = new H(...ranges.slice(0, MAX_CTOR_RANGES))
    for (let i = MAX_CTOR_RANGES; i < ranges.length; i++) h.add(ranges[i]!)
    h.priority = priority
    this.own.set(name, h)
    if (!this.hidden.has(name)) CSS.highlights.set(registeredName(name), h)
  }

  setVisible(name: string, on: boolean): void {
    const h = this.own.get(name)
    if (on) this.hidden.delete(name)
    else this.hidden.add(name)
    if (!h) return
    const registered = registeredName(name)
    if (on) CSS.highlights.set(registered, h)
    else if (CSS.highlights.get(registered) === h) CSS.highlights.delete(registered)
  }

  isVisible(name: string): boolean {
    return !this.hidden.has(name)
  }

  relayout(): void {}

  clear(): void {
    for (const [name, h] of this.own) {
      try {
        const registered = registeredName(name)
        if (CSS.highlights.get(registered) === h) CSS.highlights.delete(registered)
      } catch {
        // Registry gone with the document.
      }
    }
    this.own.clear()
  }
}

export interface OverlayStyle {
  background?: string
  underline?: string
}

export class OverlayPainter implements Painter {
  readonly mode = 'overlay' as const
  readonly needsLiveRanges = true
  private readonly groups = new Map<
    string,
    { ranges: Range[]; priority: number; layer: HTMLElement }
  >()
  private readonly hidden = new Set<string>()

  constructor(
    private readonly container: HTMLElement,
    private readonly styleFor: (name: string) => OverlayStyle,
    private readonly maxBoxes = 20_000,
  ) {}

  add(name: string, ranges: AbstractRange[], priority: number): void {
    this.groups.get(name)?.layer.remove()
    const layer = this.container.ownerDocument.createElement('div')
    layer.className = 'paint-layer'
    layer.dataset.name = name
    layer.style.zIndex = String(priority)
    this.container.append(layer)
    this.groups.set(name, { ranges: ranges as Range[], priority, layer })
    layer.hidden = this.hidden.has(name)
    this.draw(name)
  }

  setVisible(name: string, on: boolean): void {
    if (on) this.hidden.delete(name)
    else this.hidden.add(name)
    const g = this.groups.get(name)
    if (g) g.layer.hidden = !on
  }

  isVisible(name: string): boolean {
    return !this.hidden.has(name)
  }

  relayout(): void {
    for (const name of this.groups.keys()) this.draw(name)
  }

  clear(): void {
    for (const g of this.groups.values()) g.layer.remove()
    this.groups.clear()
  }

  private draw(name: string): void {
    const g = this.groups.get(name)
    if (!g) return
    const doc = this.container.ownerDocument
    const origin = this.container.getBoundingClientRect()
    const style = this.styleFor(name)
    const frag = doc.createDocumentFragment()
    let boxes = 0
    for (const r of g.ranges) {
      if (typeof r.getClientRects !== 'function') continue
      for (const rect of r.getClientRects()) {
        if (++boxes > this.maxBoxes) break
        const box = doc.createElement('div')
        box.className = 'paint-box'
        const s = box.style
        s.left = `${rect.left - origin.left}px`
        s.top = `${rect.top - origin.top}px`
        s.width = `${rect.width}px`
        s.height = `${rect.height}px`
        if (style.background) s.background = style.background
        if (style.underline) s.borderBottom = `2px solid ${style.underline}`
        frag.append(box)
      }
    }
    g.layer.replaceChildren(frag)
  }
}
