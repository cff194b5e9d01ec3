// The one status line an extension page shows in place of its content (loading, not found,
// failed): `data-state` lets tests and styles tell which.
export function showStatus(app: HTMLElement, text: string, state: string): void {
  const p = document.createElement('p')
  p.className = 'status'
  p.dataset.state = state
  p.textContent = text
  app.replaceChildren(p)
}
