// Speakers and phrase categories on/off, palette, per-category colour.
import type { PhraseCategory } from '../core/types'
import { categoryLabel, t } from '../shared/i18n'
import { PALETTES, PHRASE_CATEGORIES, type LensSettings, type PaletteId } from '../shared/settings'

const PALETTE_LABEL: Record<PaletteId, string> = {
  'okabe-ito': 'optionsPaletteOkabeIto',
  'tol-bright': 'optionsPaletteTolBright',
  'tol-vibrant': 'optionsPaletteTolVibrant',
}

export function HighlightSettings({
  settings,
  update,
}: {
  settings: LensSettings
  update: (patch: Partial<LensSettings>) => void
}) {
  const swatches = PALETTES[settings.palette]
  const setCategory = (c: PhraseCategory, on: boolean) =>
    update({ categories: { ...settings.categories, [c]: on } })
  const setColour = (c: PhraseCategory, colour: string) => {
    const next = { ...settings.categoryColors }
    if (colour) next[c] = colour
    else delete next[c]
    update({ categoryColors: next })
  }
  return (
    <section aria-labelledby="h-highlights">
      <h2 id="h-highlights">{t('optionsHighlights')}</h2>
      <label class="row">
        <input
          type="checkbox"
          name="speakers"
          checked={settings.speakers}
          onChange={(e) => update({ speakers: e.currentTarget.checked })}
        />
        {t('optionsSpeakers')}
      </label>
      <fieldset>
        <legend>{t('optionsPalette')}</legend>
        {(Object.keys(PALETTES) as PaletteId[]).map((p) => (
          <label class="row" key={p}>
            <input
              type="radio"
              name="palette"
              value={p}
              checked={settings.palette === p}
              onChange={() => update({ palette: p })}
            />
            {t(PALETTE_LABEL[p])}
            <span class="swatches" aria-hidden="true">
              {PALETTES[p].map((c) => (
                <span key={c} class="swatch" style={{ background: c }} />
              ))}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        <table class="categories">
          <tbody>
            {PHRASE_CATEGORIES.map((c) => (
              <tr key={c}>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      name={`category-${c}`}
                      checked={settings.categories[c]}
                      onChange={(e) => setCategory(c, e.currentTarget.checked)}
                    />
                    {categoryLabel(c)}
                  </label>
                </td>
                <td>
                  <select
                    aria-label={t('optionsColour', categoryLabel(c))}
                    name={`colour-${c}`}
                    value={settings.categoryColors[c] ?? ''}
                    onChange={(e) => setColour(c, e.currentTarget.value)}
                  >
                    <option value="">{t('optionsDefaultColour')}</option>
                    {swatches.map((s) => (
                      <option key={s} value={s} style={{ color: s }}>
                        ■ {s}
                      </option>
                    ))}
                  </select>
                  {settings.categoryColors[c] && (
                    <span
                      class="swatch"
                      aria-hidden="true"
                      style={{ background: settings.categoryColors[c] }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
    </section>
  )
}
