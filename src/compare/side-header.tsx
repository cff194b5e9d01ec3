// The heading both compare views put above each side: its tag (A/B), title, one meta line and
// the link to the source page (only when it is a plain http(s) URL).
import { safeHttpUrl } from '../shared/safe-url'

export function SideHeader(props: {
  tag: string
  title: string
  meta: string
  url: string | null | undefined
  language?: string
}) {
  const href = safeHttpUrl(props.url)
  return (
    <div class="side" data-side={props.tag} data-language={props.language}>
      <h2>
        <span class="tag">{props.tag}</span> {props.title}
      </h2>
      <p class="meta">
        {props.meta}
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              {href}
            </a>
          </>
        )}
      </p>
    </div>
  )
}
