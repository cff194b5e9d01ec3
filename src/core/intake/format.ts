// Which intake a source needs. Cheap: looks at the first few kilobytes only.
import { hasFrontMatter } from './front-matter'

export type SourceFormat = 'markdown' | 'html' | 'text'

export function detectFormat(src: string): SourceFormat {
  const head = src.slice(0, 4096).replace(/^\ufeff/, '')
  if (hasFrontMatter(head.length < src.length ? src : head)) return 'markdown'
  const lead = head.trimStart().slice(0, 512).toLowerCase()
  if (lead.startsWith('<!doctype html') || lead.startsWith('<html') || lead.startsWith('<?xml'))
    return 'html'
  if (/<(head|body|meta|title)\b/i.test(head)) return 'html'
  // A fragment made mostly of block tags (`<div><p>…</p>`) is HTML too.
  const tags = head.match(/<\/?(p|div|span|br|section|article|h[1-6])\b[^>]*>/gi)?.length ?? 0
  return tags >= 3 && lead.startsWith('<') ? 'html' : 'text'
}
