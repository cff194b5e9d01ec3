// "Since <date>, <kind> with <counterpart>": what this readout changes against the latest
// earlier event with the same counterpart, the wording of each variant family, and a compact
// timeline of the earlier events (core/compare computes it all in the background).
import { groupByCategory, type CitedFormulation, type FamilyReading } from '../../core/compare'
import { categoryLabel, kindLabel, t, uiLanguage } from '../i18n'
import type { PanelActions, PanelModel } from './model'

function wording(w: string[]): string {
  return w.length ? w.join('、') : t('sinceNoneListed')
}

function FormulationList({
  items,
  actions,
  model,
  testid,
}: {
  items: CitedFormulation[]
  actions: PanelActions
  model: PanelModel
  testid: string
}) {
  if (items.length === 0) return <p class="muted">{t('sinceNoneListed')}</p>
  return (
    <ul role="list" data-testid={testid}>
      {groupByCategory(items).map((g) => (
        <li key={g.category}>
          <span class="muted">{categoryLabel(g.category)}: </span>
          {g.items.map((f, i) => {
            // Added formulations are in this page: a click scrolls to them.
            const at =
              testid === 'since-added'
                ? model.analysis.phrases.findIndex((p) => p.key === f.key)
                : -1
            return (
              <span key={f.key}>
                {i > 0 && '、'}
                {at >= 0 ? (
                  <button
                    type="button"
                    class="chip"
                    title={f.sentence}
                    data-key={f.key}
                    onClick={() => actions.scrollToPhrase(at)}
                  >
                    {f.text}
                  </button>
                ) : (
                  <span class="chip" title={f.sentence} data-key={f.key}>
                    {f.text}
                  </span>
                )}
              </span>
            )
          })}
        </li>
      ))}
    </ul>
  )
}

function familyLine(v: FamilyReading): string {
  if (v.wording.length === 0 && v.previous)
    return t('sinceAbsent', wording(v.previous.wording), v.previous.date ?? t('undated'))
  if (v.changedHere && v.lastChange) return t('sinceChangedHere', wording(v.lastChange.from))
  if (v.lastChange)
    return t('sinceSinceDate', v.lastChange.date ?? t('undated'), wording(v.lastChange.from))
  return t('sinceUnchanged')
}

export function SinceSection({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const since = model.sections.since
  const cp = model.analysis.event?.counterpart?.name
  const eventId = model.sections.event?.id ?? null
  if (!cp || !model.analysis.isReadout || !since) return null
  const s = since.sinceLast
  const zh = uiLanguage().startsWith('zh')
  const label = (f: FamilyReading) => (zh ? f.label.zh : f.label.en)
  return (
    <>
      <section aria-labelledby="rl-since" data-testid="since-last" data-state={s ? 'ok' : 'none'}>
        <h3 id="rl-since">
          {s
            ? t(
                'sectionSince',
                s.event.date ?? t('undated'),
                kindLabel(s.event.kind),
                s.counterpart,
              )
            : t('sinceTimeline')}
        </h3>
        {!s ? (
          <p class="muted">{t('sinceNone')}</p>
        ) : (
          <>
            {(s.kind || s.requestedBy) && (
              <ul role="list" data-testid="since-changes">
                {s.kind && (
                  <li data-change="kind">
                    {t('sinceKindChange', kindLabel(s.kind.from), kindLabel(s.kind.to))}
                  </li>
                )}
                {s.requestedBy && (
                  <li data-change="requestedBy">
                    {t(
                      'sinceRequestChange',
                      s.requestedBy.from ?? t('sinceNobody'),
                      s.requestedBy.to ?? t('sinceNobody'),
                    )}
                  </li>
                )}
              </ul>
            )}
            <h4>{t('sinceAdded', s.added.length)}</h4>
            <FormulationList items={s.added} actions={actions} model={model} testid="since-added" />
            <h4>{t('sinceDropped', s.dropped.length)}</h4>
            <FormulationList
              items={s.dropped}
              actions={actions}
              model={model}
              testid="since-dropped"
            />
            {s.variants.length > 0 && (
              <>
                <h4>{t('sinceWording')}</h4>
                <ul role="list" data-testid="since-variants">
                  {s.variants.map((v) => (
                    <li
                      key={v.family}
                      data-family={v.family}
                      data-changed={v.changedHere ? 'yes' : 'no'}
                    >
                      <strong>{label(v)}</strong>: {wording(v.wording)}{' '}
                      <span class="muted">— {familyLine(v)}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        <p class="actions">
          {s && eventId && (
            <button
              type="button"
              class="icon-btn"
              data-testid="since-compare"
              onClick={() =>
                actions.openPage?.(
                  'compare',
                  `a=${encodeURIComponent(s.event.id)}&b=${encodeURIComponent(eventId)}`,
                )
              }
            >
              {t('sinceCompare', s.event.date ?? t('undated'))}
            </button>
          )}
          <button
            type="button"
            class="icon-btn"
            data-testid="since-timeline"
            onClick={() => actions.openPage?.('timeline', `counterpart=${encodeURIComponent(cp)}`)}
          >
            {t('sinceTimeline')}
          </button>
          <button
            type="button"
            class="icon-btn"
            data-testid="export-annotations"
            title={t('exportAnnotationsLabel')}
            onClick={() => actions.exportText?.('annotations')}
          >
            {t('exportAnnotations')}
          </button>
          {since.history.length > 0 && (
            <>
              <button
                type="button"
                class="icon-btn"
                data-testid="export-history-md"
                onClick={() => actions.exportText?.('history-md')}
              >
                {t('exportHistoryMd')}
              </button>
              <button
                type="button"
                class="icon-btn"
                data-testid="export-history-csv"
                onClick={() => actions.exportText?.('history-csv')}
              >
                {t('exportHistoryCsv')}
              </button>
            </>
          )}
        </p>
      </section>
      {since.history.length > 0 && (
        <section aria-labelledby="rl-history" data-testid="history">
          <h3 id="rl-history">{t('sectionHistory', cp, since.history.length)}</h3>
          <ol class="timeline" role="list">
            {since.history.map((h) => (
              <li key={h.id} data-event={h.id}>
                <span class="when">{h.date ?? t('undated')}</span> <span>{kindLabel(h.kind)}</span>
                {h.requestedBy && <span class="muted"> · 应约 {h.requestedBy}</span>}
                {h.place && <span class="muted"> · {h.place}</span>}
                {h.introduced.length > 0 && (
                  <span class="muted" title={h.introduced.map((f) => f.text).join('、')}>
                    {' '}
                    · {t('historyNew', h.introduced.length)}
                  </span>
                )}{' '}
                {eventId && (
                  <button
                    type="button"
                    class="link"
                    onClick={() =>
                      actions.openPage?.(
                        'compare',
                        `a=${encodeURIComponent(h.id)}&b=${encodeURIComponent(eventId)}`,
                      )
                    }
                  >
                    {t('resultCompare')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
