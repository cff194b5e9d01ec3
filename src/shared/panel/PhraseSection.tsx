import { useMemo, useRef } from 'preact/hooks'
import { categoryLabel, t } from '../i18n'
import { CATEGORY_STYLE, phraseHighlightName } from '../paint/palette'
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
                <PhraseItem key={e.key} entry={e} model={model} onClick={() => step(e)} />
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}

function PhraseItem({
  entry,
  model,
  onClick,
}: {
  entry: PhraseEntry
  model: PanelModel
  onClick: () => void
}) {
  const history = model.sections.phrases
  const stat = history?.stats[entry.key]
  const isNew = stat != null && stat.events === 0
  let detail: string
  if (!history) detail = ''
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
    </li>
  )
}
