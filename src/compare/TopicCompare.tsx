// The compare view for one event told by two sides in two languages (the Chinese readout and
// the White House's, say): one row per topic, each side's sentences on it side by side, topics
// only one side mentions flagged, and what each says about who asked for the call.
// Keyboard: j/k (or ↓/↑) move between topic rows, n/p between topics only one side mentions.
import { useRef } from 'preact/hooks'
import type { SideBySide, SideSummary } from '../core/pairing/compare-sides'
import { topicAlignedRows, type TopicAlignedRow } from '../core/pairing/topic-rows'
import { speakerLabel, t, uiLanguage } from '../shared/i18n'
import { requestClaimText as claim } from '../shared/request-claim-text'
import { useRowKeys } from './row-keys'
import { SideHeader } from './side-header'

function SideHead({
  tag,
  side,
  outlet,
}: {
  tag: string
  side: SideSummary
  outlet: string | null
}) {
  const meta = [side.date, outlet].filter(Boolean).join(' · ')
  return (
    <SideHeader tag={tag} title={side.title} meta={meta} url={side.url} language={side.language} />
  )
}

function presenceLabel(r: TopicAlignedRow): string {
  if (r.presence === 'onlyA') return t('compareOnlyA')
  if (r.presence === 'onlyB') return t('compareOnlyB')
  return t('compareTopicBoth')
}

export function TopicCompareView(props: {
  sides: SideBySide
  outlets: { a: string | null; b: string | null }
}) {
  const { sides } = props
  const rows = topicAlignedRows(sides)
  const zh = uiLanguage().startsWith('zh')
  const list = useRef<HTMLOListElement>(null)

  useRowKeys(list, (row) => row.dataset.presence !== 'both')

  const cell = (items: TopicAlignedRow['a']) =>
    items.length === 0 ? (
      <span class="muted">{t('topicSaysNothing')}</span>
    ) : (
      <ul role="list" class="topic-sentences">
        {items.map((s, k) => (
          <li key={k}>
            {s.speaker && <span class="speaker">{speakerLabel(s.speaker)}</span>}
            {s.text.replace(/\s+/g, ' ').trim()}
          </li>
        ))}
      </ul>
    )

  return (
    <div class="compare topics-compare" data-testid="compare" data-mode="topics">
      <header class="top">
        <h1>{t('compareTitle')}</h1>
        <div class="controls">
          <button type="button" data-testid="print" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      </header>
      <div class="sides">
        <SideHead tag="A" side={sides.a} outlet={props.outlets.a} />
        <SideHead tag="B" side={sides.b} outlet={props.outlets.b} />
      </div>
      <p class="summary" data-testid="compare-asked">
        <strong>{t('whoAsked')}</strong> ·{' '}
        <span data-field="asked-a">A: {claim(sides.a.requested)}</span>
        {' · '}
        <span data-field="asked-b">B: {claim(sides.b.requested)}</span>
      </p>
      <section aria-labelledby="topics-h">
        <h2 id="topics-h">{t('compareTopicsTitle')}</h2>
        <p class="keys no-print">{t('compareTopicKeys')}</p>
        {rows.length === 0 ? (
          <p class="muted" data-testid="topics-none">
            {t('compareTopicsNone')}
          </p>
        ) : (
          <ol class="rows" ref={list} role="list" data-testid="topic-rows">
            {rows.map((r) => {
              const label = zh ? r.label.zh : r.label.en
              return (
                <li
                  key={r.topic}
                  class={`row topic-row ${r.presence}`}
                  tabIndex={0}
                  data-topic={r.topic}
                  data-presence={r.presence}
                  aria-label={`${label}: ${presenceLabel(r)}`}
                >
                  <div class="cell a">{cell(r.a)}</div>
                  <div class="status">
                    <strong class="topic-label">{label}</strong>
                    <br />
                    {presenceLabel(r)}
                  </div>
                  <div class="cell b">{cell(r.b)}</div>
                </li>
              )
            })}
          </ol>
        )}
      </section>
    </div>
  )
}
