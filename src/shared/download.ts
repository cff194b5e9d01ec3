// Saves generated text (Markdown, CSV) as a file through a temporary link: works from extension
// pages and from the panel's shadow root alike, without the downloads permission.
export function downloadText(
  doc: Document,
  parent: Node,
  name: string,
  text: string,
  type: string,
) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = doc.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  parent.appendChild(a)
  a.click()
  a.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A file name from an event id or a name: keeps letters (any script), digits and dashes. */
export function fileName(base: string, ext: string): string {
  const safe = base.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-+|-+$/g, '') || 'readout-lens'
  return `${safe.slice(0, 80)}.${ext}`
}
