// What the extension itself may look at on a page it annotated: the panel's closed shadow root
// and the opaque highlight names (registered name → logical name). Set as a global of the
// extension's own world — the content script's isolated world (Chrome) / sandbox (Firefox), or
// our own reader page — which page scripts cannot reach; read by the e2e harness through
// scripting.executeScript, which runs in that same world.
import { registeredNames } from './paint/palette'

export const INSPECT_KEY = '__readoutLensInspect'

export interface Inspection {
  /** The panel's shadow root, or null without a panel. */
  root: ShadowRoot | null
  /** Registered (opaque) highlight name → logical name (`readout-lens-speaker-0` …). */
  names: Record<string, string>
}

let panelRoot: ShadowRoot | null = null

/** Kept by panel/host.ts: the root of the panel host now on the page, or null. */
export function setPanelRoot(root: ShadowRoot | null): void {
  panelRoot = root
}

export const currentPanelRoot = (): ShadowRoot | null => panelRoot

export function exposeInspection(): void {
  ;(globalThis as Record<string, unknown>)[INSPECT_KEY] = (): Inspection => ({
    root: panelRoot,
    names: registeredNames(),
  })
}
