import { useState } from 'preact/hooks'
import { describeRule, type AttributionRule } from '../../core/attribution-rules'
import { speakerLabel, t } from '../i18n'
import { speakerColor, speakerHighlightName } from '../paint/palette'
import type { PanelActions, PanelModel } from './model'

const TURNS_SHOWN = 200

/** Why a sentence went to its speaker: the attribution rule's id and what it says. */
function why(rule: AttributionRule): string {
  return `${t('turnWhy')} ${rule} — ${describeRule(rule)}`
}

export function SpeakerSection({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const { analysis, plan } = model
  const [showAll, setShowAll] = useState(false)
  const counts = plan.speakers.map(() => 0)
  for (const s of plan.turnSpeaker) if (s >= 0) counts[s]!++
  const turns = analysis.turns
  const shown = showAll ? turns : turns.slice(0, TURNS_SHOWN)
  return (
    <section aria-labelledby="rl-speakers" data-testid="speakers">
      <h3 id="rl-speakers">{t('sectionSpeakers')}</h3>
      {plan.speakers.length === 0 && <p class="muted">{t('noSpeakers')}</p>}
      <ul role="list" aria-label={t('speakerLegend')}>
        {plan.speakers.map((name, i) => {
          const hl = speakerHighlightName(i)
          const on = model.visible[hl] !== false
          return (
            <li key={hl} class="speaker" data-highlight={hl} data-speaker={name}>
              <span
                class="swatch"
                style={{ background: speakerColor(i, 0.45) }}
                aria-hidden="true"
              />
              <button
                type="button"
                class="toggle name"
                aria-pressed={on}
                aria-label={t(on ? 'hideSpeaker' : 'showSpeaker', speakerLabel(name))}
                onClick={() => actions.setVisible(hl, !on)}
              >
                {speakerLabel(name)}
              </button>
              <span class="muted" data-field="turn-count">
                {t('turnCount', counts[i]!)}
              </span>
            </li>
          )
        })}
      </ul>
      {turns.length > 0 && (
        <details data-testid="turns">
          <summary>{t('turnsList', turns.length)}</summary>
          <ul role="list" aria-label={t('turnsList', turns.length)}>
            {shown.map((turn, i) => {
              const s = plan.turnSpeaker[i]!
              return (
                <li key={i}>
                  <button
                    type="button"
                    class="turn"
                    data-turn={i}
                    data-rule={turn.rule}
                    title={why ? `${turn.text}\n${why(turn.rule!)}` : turn.text}
                    aria-label={`${speakerLabel(turn.speaker)}${turn.verb ? ' ' + turn.verb : ''}: ${turn.text}`}
                    aria-describedby={turn.rule ? `rl-why-${i}` : undefined}
                    onClick={() => actions.scrollToTurn(i)}
                  >
                    <span
                      class="swatch"
                      style={{ background: s >= 0 ? speakerColor(s, 0.45) : 'transparent' }}
                      aria-hidden="true"
                    />
                    <span class="who">{speakerLabel(turn.speaker)}</span>
                    <span class="what">{turn.text}</span>
                  </button>
                  {turn.rule && (
                    <span class="turn-why" id={`rl-why-${i}`} role="note" data-field="why">
                      {why(turn.rule)}
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
          {!showAll && turns.length > TURNS_SHOWN && (
            <button type="button" onClick={() => setShowAll(true)}>
              {t('showAllTurns', turns.length)}
            </button>
          )}
        </details>
      )}
    </section>
  )
}
