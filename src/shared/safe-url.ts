// Links built from page, corpus or imported data: only http(s) URLs become hrefs (no
// javascript:, data: or extension URLs smuggled in through a stored source).
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}
