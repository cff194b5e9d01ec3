// A snippet with its matches marked: <mark> elements built from ranges, text stays text.
export function Snippet({ text, marks }: { text: string; marks: Array<[number, number]> }) {
  const parts = []
  let at = 0
  for (const [s, e] of marks) {
    if (s < at || e > text.length || e <= s) continue
    if (s > at) parts.push(text.slice(at, s))
    parts.push(<mark key={s}>{text.slice(s, e)}</mark>)
    at = e
  }
  if (at < text.length) parts.push(text.slice(at))
  return <p class="snippet">{parts}</p>
}
