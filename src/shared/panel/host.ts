// The one element Readout Lens adds to a page: <readout-lens-panel>, holding a CLOSED shadow
// root with everything else (panel, turn-start markers, fallback paint): the panel shows the
// user's index (related calls, phrase history, event links — their reading history), and no
// script of the page can read it (`host.shadowRoot` is null for the page). Only the extension
// keeps the root (shared/inspect.ts). `:host` rules are !important so page rules that match
// the host element cannot move or hide it.
import { currentPanelRoot, setPanelRoot } from '../inspect'
import { PANEL_CSS } from './panel-css'

export const HOST_TAG = 'readout-lens-panel'

export interface PanelHost {
  host: HTMLElement
  root: ShadowRoot
  /** Document-positioned layer for markers and fallback paint (pointer-events: none). */
  overlay: HTMLElement
  /** Where the Preact panel renders. */
  mount: HTMLElement
  remove(): void
}

export function createPanelHost(doc: Document, variant: 'page' | 'reader' = 'page'): PanelHost {
  // One host per page: a second run (re-analysis, on-request) replaces the first.
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove()
  const host = doc.createElement(HOST_TAG)
  const root = host.attachShadow({ mode: 'closed' })
  const style = doc.createElement('style')
  style.textContent = PANEL_CSS
  const overlay = doc.createElement('div')
  overlay.className = 'overlay'
  overlay.setAttribute('aria-hidden', 'true')
  const mount = doc.createElement('div')
  mount.className = `mount ${variant}`
  root.append(style, overlay, mount)
  doc.documentElement.append(host)
  setPanelRoot(root)
  return {
    host,
    root,
    overlay,
    mount,
    remove: () => {
      host.remove()
      if (currentPanelRoot() === root) setPanelRoot(null)
    },
  }
}
