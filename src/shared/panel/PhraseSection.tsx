import { useMemo, useRef, useState } from 'preact/hooks'
import { categoryLabel, t } from '../i18n'
import { CATEGORY_STYLE, phraseHighlightName } from '../paint/palette'
import type { PhraseCategory } from '../../core/types'
import { groupPhrases, type PanelActions, type PanelModel, type PhraseEntry } from './model'

export function PhraseSection({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const groups = useMemo(
    () => groupPhrases(model.analysis.phrases, model.plan.categories),
    [model.analysis, model.plan],
  )
  // Repeated clicks on a phrase step through its occurrences.
  const cursor = useRef(new Map<string, number>())
  const step = (e: PhraseEntry) => {
    const n = cursor.current.get(e.key) ?? 0
    cursor.current.set(e.key, n + 1)
    actions.scrollToPhrase(e.indices[n % e.indices.length]!)
  }
  return (
    <section aria-labelledby="rl-phrases" data-testid="phrases">
      <h3 id="rl-phrases">{t('sectionPhrases')}</h3>
      {groups.length === 0 && <p class="muted">{t('noPhrases')}</p>}
      {groups.map((g) => {
        const hl = phraseHighlightName(g.category)
        const on = model.visible[hl] !== false
        const st = CATEGORY_STYLE[g.category]
        return (
          <div key={g.category} data-category={g.category} data-highlight={hl}>
            <h4>
              <span
                class="line"
                style={{
                  borderBottomStyle: st.line === 'wavy' ? 'dashed' : st.line,
                  borderBottomColor: st.color,
                }}
                aria-hidden="true"
              />
              <button
                type="button"
                class="toggle"
                aria-pressed={on}
                aria-label={t(on ? 'hideCategory' : 'showCategory', categoryLabel(g.category))}
                onClick={() => actions.setVisible(hl, !on)}
              >
                {categoryLabel(g.category)}
              </button>
            </h4>
            <ul role="list" aria-label={categoryLabel(g.category)}>
              {g.entries.map((e) => (
                <PhraseItem
                  key={e.key}
                  entry={e}
                  category={g.category}
                  model={model}
                  actions={actions}
                  onClick={() => step(e)}
                />
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}

/** Where a formulation coined earlier was first said (date — event, speaker). */
function firstSaid(model: PanelModel, key: string): string | null {
  const f = model.sections.novelty?.firsts[key]
  if (!f) return null
  const date = f.date ?? '?'
  return f.speaker
    ? t('novelFirstSaid', date, f.title, f.speaker)
    : t('novelFirstSaidNoSpeaker', date, f.title)
}

function PhraseItem({
  entry,
  category,
  model,
  actions,
  onClick,
}: {
  entry: PhraseEntry
  category: PhraseCategory
  model: PanelModel
  actions: PanelActions
  onClick: () => void
}) {
  const [tracked, setTracked] = useState(false)
  const history = model.sections.phrases
  const stat = history?.stats[entry.key]
  // Found new by novelty (category `new`): no earlier event of the index says it.
  const isNew = category === 'new' || (stat != null && stat.events === 0)
  const coined = category === 'coined' ? firstSaid(model, entry.key) : null
  let detail: string
  if (category === 'new') detail = t('novelFirstTime')
  else if (coined) detail = coined
  else if (!history) detail = ''
  else if (!stat || stat.events === 0) detail = t('phraseNew')
  else if (stat.firstSeen) detail = t('phraseSeen', stat.firstSeen, stat.events, history.total)
  else detail = t('phraseSeenUndated', stat.events, history.total)
  const count = entry.indices.length
  return (
    <li data-phrase={entry.key} data-new={isNew ? 'true' : 'false'}>
      <button
        type="button"
        class="phrase"
        onClick={onClick}
        aria-label={`${entry.text}${count > 1 ? ` ×${count}` : ''}${isNew ? `, ${t('newBadge')}` : ''}. ${detail}`}
      >
        <span class="text">{entry.text}</span>
        {count > 1 && <span class="muted"> ×{count}</span>}
        {isNew && (
          <span class="badge" data-testid="new-badge">
            {t('newBadge')}
          </span>
        )}
        {detail && (
          <span class="why" data-field="phrase-stat">
            {detail}
          </span>
        )}
      </button>
      {(category === 'new' || category === 'coined') && actions.trackPhrase && (
        <button
          type="button"
          class="track"
          data-testid="track-phrase"
          disabled={tracked}
          aria-label={t('trackPhraseLabel', entry.text)}
          onClick={async () => setTracked(await actions.trackPhrase!(entry.text))}
        >
          {t(tracked ? 'trackedPhrase' : 'trackPhrase')}
        </button>
      )}
    </li>
  )
}
