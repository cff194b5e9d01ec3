import { kindLabel, speakerLabel, t } from '../i18n'
import type { PanelModel } from './model'
import { safeHttpUrl } from '../safe-url'

export function EventSection({ model }: { model: PanelModel }) {
  const ev = model.analysis.event
  const sources = model.sections.event?.sources ?? null
  return (
    <section aria-labelledby="rl-event" data-testid="event">
      <h3 id="rl-event">{t('sectionEvent')}</h3>
      {!ev ? (
        <p class="muted">{t('eventUnknown')}</p>
      ) : (
        <dl>
          <dt>{t('eventDate')}</dt>
          <dd data-field="date">{ev.date ?? t('unknown')}</dd>
          <dt>{t('eventKind')}</dt>
          <dd data-field="kind" data-kind={ev.kind}>
            {kindLabel(ev.kind)}
          </dd>
          <dt>{t('eventParticipants')}</dt>
          <dd data-field="participants">
            {ev.participants.map((p) => speakerLabel(p)).join('、') || t('unknown')}
          </dd>
          {ev.counterpart && (
            <>
              <dt>{t('eventCounterpart')}</dt>
              <dd data-field="counterpart">
                {[ev.counterpart.country, ev.counterpart.title, ev.counterpart.name]
                  .filter(Boolean)
                  .join(' ')}
              </dd>
            </>
          )}
          <dt>{t('eventRequestedBy')}</dt>
          <dd data-field="requestedBy">{ev.requestedBy ?? t('notStated')}</dd>
          <dt>{t('eventPlace')}</dt>
          <dd data-field="place">{ev.place ?? t('notStated')}</dd>
          <dt>{t('eventSources')}</dt>
          <dd data-field="sources">{sources ? sources.length : t('unknown')}</dd>
        </dl>
      )}
      {sources && sources.length > 1 && (
        <details>
          <summary>{t('sourcesList', sources.length)}</summary>
          <ul>
            {sources.map((s, i) => {
              const href = safeHttpUrl(s.url)
              return (
                <li key={i}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {s.outlet ?? s.title}
                    </a>
                  ) : (
                    <span>{s.outlet ?? s.title}</span>
                  )}
                  {s.published && <span class="muted"> {s.published}</span>}
                </li>
              )
            })}
          </ul>
        </details>
      )}
    </section>
  )
}
