// Search filters: counterpart, year range, kind, phrase category.
import type { EventKind } from '../core/types'
import type { SearchFilters } from '../shared/messages'
import { PHRASE_CATEGORIES } from '../shared/settings'
import { categoryLabel, kindLabel, t } from '../shared/i18n'

const KINDS: EventKind[] = ['call', 'video', 'talks', 'meeting', 'other']

export function Filters({
  value,
  onChange,
}: {
  value: SearchFilters
  onChange: (f: SearchFilters) => void
}) {
  const set = (patch: Partial<SearchFilters>) => {
    const next: SearchFilters = { ...value, ...patch }
    for (const k of Object.keys(next) as Array<keyof SearchFilters>)
      if (next[k] === undefined) delete next[k]
    onChange(next)
  }
  const year = (v: string) => (/^\d{4}$/.test(v) ? Number(v) : undefined)
  const active = Object.keys(value).length > 0
  return (
    <details class="filters" open={active}>
      <summary>{t('popupFilters')}</summary>
      <div class="filter-grid">
        <label>
          {t('popupFilterCounterpart')}
          <input
            name="counterpart"
            value={value.counterpart ?? ''}
            onInput={(e) => set({ counterpart: e.currentTarget.value.trim() || undefined })}
          />
        </label>
        <label>
          {t('popupFilterYearFrom')}
          <input
            name="yearFrom"
            inputMode="numeric"
            maxLength={4}
            value={value.yearFrom ?? ''}
            onInput={(e) => set({ yearFrom: year(e.currentTarget.value) })}
          />
        </label>
        <label>
          {t('popupFilterYearTo')}
          <input
            name="yearTo"
            inputMode="numeric"
            maxLength={4}
            value={value.yearTo ?? ''}
            onInput={(e) => set({ yearTo: year(e.currentTarget.value) })}
          />
        </label>
        <label>
          {t('popupFilterKind')}
          <select
            name="kind"
            value={value.kind ?? ''}
            onChange={(e) =>
              set({ kind: (e.currentTarget.value || undefined) as EventKind | undefined })
            }
          >
            <option value="">{t('popupAny')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('popupFilterCategory')}
          <select
            name="category"
            value={value.category ?? ''}
            onChange={(e) =>
              set({ category: (e.currentTarget.value || undefined) as SearchFilters['category'] })
            }
          >
            <option value="">{t('popupAny')}</option>
            {PHRASE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  )
}
