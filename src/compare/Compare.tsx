// The compare view: two readouts side by side, sentences aligned by content, unmatched
// sentences and added/dropped formulations marked (in words as well as colour), speaker shares.
// Keyboard: j/k (or ↓/↑) move between sentence rows, n/p between differences.
import { useRef } from 'preact/hooks'
import {
  rowsOf,
  type Comparison,
  type CompareRow,
  type HistoryEntry,
  type ReadoutDoc,
  type SpeakerStats,
} from '../core/compare'
import { categoryLabel, kindLabel, speakerLabel, t, uiLanguage } from '../shared/i18n'
import { useRowKeys } from './row-keys'
import { SideHeader } from './side-header'
import { piecesOf } from './marks'

export interface CompareProps {
  cmp: Comparison
  docA: ReadoutDoc
  docB: ReadoutDoc
  history: HistoryEntry[]
  onPick(side: 'a' | 'b', id: string): void
  onExport(): void
}

function Side({ tag, side }: { tag: string; side: Comparison['a'] }) {
  const meta =
    [
      side.event?.date ?? side.published,
      side.event ? kindLabel(side.event.kind) : null,
      side.outlet,
    ]
      .filter(Boolean)
      .join(' · ') +
    (side.event?.requestedBy ? ` · 应约 ${side.event.requestedBy}` : '') +
    (side.event?.place ? ` · ${side.event.place}` : '')
  return <SideHeader tag={tag} title={side.title} meta={meta} url={side.url} />
}

function Speakers({ st, tag }: { st: SpeakerStats; tag: string }) {
  return (
    <div class="speakers" data-testid={`speakers-${tag}`}>
      <h3>
        {tag} · {t('compareFirst', st.first ? speakerLabel(st.first) : '—')}
      </h3>
      <ul role="list">
        {st.shares.map((x) => (
          <li key={String(x.speaker)} data-speaker={x.speaker ?? ''}>
            <span class="who">{speakerLabel(x.speaker)}</span>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${Math.round(x.share * 100)}%` }} />
            </span>
            <span class="num">
              {x.sentences} ({Math.round(x.share * 100)}%)
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function Picker(props: {
  side: 'a' | 'b'
  value: string | null
  history: HistoryEntry[]
  onPick: CompareProps['onPick']
}) {
  if (props.history.length < 2) return null
  return (
    <label class="picker">
      {props.side === 'a' ? t('comparePickA') : t('comparePickB')}{' '}
      <select
        data-testid={`pick-${props.side}`}
        value={props.value ?? ''}
        onChange={(e) => props.onPick(props.side, (e.currentTarget as HTMLSelectElement).value)}
      >
        {props.history.map((h) => (
          <option key={h.id} value={h.id}>
            {`${h.date ?? t('undated')} · ${kindLabel(h.kind)}`}
          </option>
        ))}
      </select>
    </label>
  )
}

function rowLabel(r: CompareRow): string {
  if (r.kind === 'onlyA') return t('compareOnlyA')
  if (r.kind === 'onlyB') return t('compareOnlyB')
  return r.identical ? t('compareIdentical') : t('compareChanged', Math.round(r.similarity * 100))
}

export function CompareView({ cmp, docA, docB, history, onPick, onExport }: CompareProps) {
  const rows = rowsOf(cmp)
  const added = new Set(cmp.phrases.added.map((f) => f.key))
  const dropped = new Set(cmp.phrases.dropped.map((f) => f.key))
  const zh = uiLanguage().startsWith('zh')
  const list = useRef<HTMLOListElement>(null)

  useRowKeys(list, (row) => row.dataset.diff === 'yes')

  const sentence = (
    doc: ReadoutDoc,
    side: Comparison['a'],
    i: number,
    mark: 'added' | 'dropped',
  ) => {
    const s = side.sentences[i]!
    return (
      <>
        <span class="speaker">{speakerLabel(s.speaker)}</span>
        {piecesOf(doc, s, mark === 'added' ? added : dropped, mark).map((p, k) =>
          p.mark ? (
            <mark key={k} class={p.mark} data-key={p.key}>
              {p.text}
              {p.mark !== 'kept' && (
                <span class="sr">
                  {p.mark === 'added' ? ` (${t('compareAdded')})` : ` (${t('compareDropped')})`}
                </span>
              )}
            </mark>
          ) : (
            p.text
          ),
        )}
      </>
    )
  }

  return (
    <div class="compare" data-testid="compare" data-same-event={cmp.sameEvent ? 'yes' : 'no'}>
      <header class="top">
        <h1>{t('compareTitle')}</h1>
        <div class="controls">
          <Picker side="a" value={cmp.a.id} history={history} onPick={onPick} />
          <Picker side="b" value={cmp.b.id} history={history} onPick={onPick} />
          <button type="button" data-testid="export-comparison" onClick={onExport}>
            {t('exportComparison')}
          </button>
          <button type="button" data-testid="print" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      </header>
      <div class="sides">
        <Side tag="A" side={cmp.a} />
        <Side tag="B" side={cmp.b} />
      </div>
      <p class="summary" data-testid="compare-summary">
        <strong>{cmp.sameEvent ? t('compareSameEvent') : t('compareOtherEvent')}</strong> ·{' '}
        {t('compareMatched', cmp.aligned.length, cmp.onlyA.length, cmp.onlyB.length)}
      </p>
      <section class="phrases" aria-labelledby="ph">
        <h2 id="ph" class="sr">
          {t('compareAdded')} / {t('compareDropped')}
        </h2>
        <div data-testid="phrases-added">
          <h3>
            <mark class="added">{t('compareAdded')}</mark> ({cmp.phrases.added.length})
          </h3>
          <p>
            {cmp.phrases.added.map((f) => (
              <span key={f.key} class="chip" title={`${categoryLabel(f.category)}: ${f.sentence}`}>
                {f.text}
              </span>
            ))}
          </p>
        </div>
        <div data-testid="phrases-dropped">
          <h3>
            <mark class="dropped">{t('compareDropped')}</mark> ({cmp.phrases.dropped.length})
          </h3>
          <p>
            {cmp.phrases.dropped.map((f) => (
              <span key={f.key} class="chip" title={`${categoryLabel(f.category)}: ${f.sentence}`}>
                {f.text}
              </span>
            ))}
          </p>
        </div>
        {cmp.variants.length > 0 && (
          <div data-testid="variants">
            <h3>{t('sinceWording')}</h3>
            <ul role="list">
              {cmp.variants.map((v) => (
                <li key={v.family} data-family={v.family}>
                  <strong>{zh ? v.label.zh : v.label.en}</strong>: A {v.a.join('、') || '—'} → B{' '}
                  {v.b.join('、') || '—'}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section class="speaker-shares" aria-label={t('compareSpeakers')}>
        <Speakers st={cmp.speakers.a} tag="A" />
        <Speakers st={cmp.speakers.b} tag="B" />
      </section>
      <section aria-labelledby="rows-h">
        <h2 id="rows-h">{t('compareSentences')}</h2>
        <p class="keys no-print">{t('compareKeys')}</p>
        <ol class="rows" ref={list} role="list" data-testid="rows">
          {rows.map((r, i) => (
            <li
              key={i}
              class={`row ${r.kind}${r.kind === 'pair' && !r.identical ? ' changed' : ''}`}
              tabIndex={0}
              data-kind={r.kind}
              data-diff={r.kind === 'pair' && r.identical ? 'no' : 'yes'}
              aria-label={rowLabel(r)}
            >
              <div class="cell a">
                {r.kind !== 'onlyB' ? sentence(docA, cmp.a, r.a, 'dropped') : null}
              </div>
              <div class="status">{rowLabel(r)}</div>
              <div class="cell b">
                {r.kind !== 'onlyA' ? sentence(docB, cmp.b, r.b, 'added') : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
