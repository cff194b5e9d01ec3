// Client-rendered pages (Kankan's Nuxt app) have no article at document_idle: wait until the
// adapter says the page is ready, watching DOM mutations, with a timeout after which the
// generic fallbacks (document.title, og meta) are used anyway.
export function waitUntil(
  doc: Document,
  ready: () => boolean,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  if (ready()) return Promise.resolve(true)
  return new Promise((resolve) => {
    let checkQueued = false
    const done = (ok: boolean) => {
      mo.disconnect()
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      resolve(ok)
    }
    const onAbort = () => done(false)
    const mo = new MutationObserver(() => {
      // Check at most once per frame-ish: a hydrating app mutates thousands of times.
      if (checkQueued) return
      checkQueued = true
      setTimeout(() => {
        checkQueued = false
        if (ready()) done(true)
      }, 50)
    })
    mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true })
    const timer = setTimeout(() => done(ready()), timeoutMs)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
