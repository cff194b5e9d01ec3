// Turn-start markers: a thin bar in the left margin where a speaker's turn begins. The
// Highlight API cannot draw in margins, so the bars are boxes in our shadow-root overlay,
// positioned from the text's client rects (document coordinates relative to the host).
import type { TextBoundaries } from '../text-ranges'
import { speakerColor } from './palette'

export interface MarkerSpec {
  turn: number
  speaker: number
  bounds: TextBoundaries
}

/** Turns where the speaker changes (narration never gets a marker). */
export function turnStarts(
  turnSpeaker: readonly number[],
  bounds: ReadonlyArray<TextBoundaries | null>,
): MarkerSpec[] {
  const out: MarkerSpec[] = []
  let prev = -2
  turnSpeaker.forEach((s, i) => {
    const b = bounds[i]
    if (s >= 0 && s !== prev && b) out.push({ turn: i, speaker: s, bounds: b })
    prev = s
  })
  return out
}

export class TurnMarkers {
  private hidden = new Set<number>()
  private els: HTMLElement[] = []

  constructor(
    private readonly layer: HTMLElement,
    private readonly specs: MarkerSpec[],
    /** Left edge (client coordinates) of the article, so markers sit just outside it. */
    private readonly articleLeft: () => number,
    private readonly maxMarkers = 2000,
  ) {}

  setSpeakerVisible(speaker: number, on: boolean): void {
    if (on) this.hidden.delete(speaker)
    else this.hidden.add(speaker)
    this.els.forEach((el) => {
      el.hidden = this.hidden.has(Number(el.dataset.speaker))
    })
  }

  layout(): void {
    const doc = this.layer.ownerDocument
    const origin = this.layer.getBoundingClientRect()
    const left = Math.max(this.articleLeft() - 8, 2)
    const frag = doc.createDocumentFragment()
    const range = doc.createRange()
    this.els = []
    for (const m of this.specs.slice(0, this.maxMarkers)) {
      const { startNode, startOffset } = m.bounds
      if (!startNode.isConnected) continue
      try {
        range.setStart(startNode, startOffset)
        range.setEnd(startNode, Math.min(startOffset + 1, startNode.data.length))
      } catch {
        continue
      }
      const rect = range.getClientRects()[0]
      if (!rect) continue
      const el = doc.createElement('div')
      el.className = 'marker'
      el.dataset.speaker = String(m.speaker)
      el.dataset.turn = String(m.turn)
      el.style.left = `${left - origin.left}px`
      el.style.top = `${rect.top - origin.top}px`
      el.style.height = `${Math.max(rect.height, 12)}px`
      el.style.background = speakerColor(m.speaker, 0.9)
      el.hidden = this.hidden.has(m.speaker)
      frag.append(el)
      this.els.push(el)
    }
    this.layer.replaceChildren(frag)
  }

  clear(): void {
    this.layer.replaceChildren()
    this.els = []
  }
}
