// The user's own phrases (with a category): passed to the analysis of the next page.
import { useState } from 'preact/hooks'
import type { PhraseCategory } from '../core/types'
import { categoryLabel, t } from '../shared/i18n'
import {
  cleanPhrase,
  MAX_CUSTOM_PHRASES,
  MAX_PHRASE_LENGTH,
  PHRASE_CATEGORIES,
  type LensSettings,
} from '../shared/settings'

export function CustomPhrases({
  settings,
  update,
}: {
  settings: LensSettings
  update: (patch: Partial<LensSettings>) => void
}) {
  const [phrase, setPhrase] = useState('')
  const [category, setCategory] = useState<PhraseCategory>('custom')
  const [problem, setProblem] = useState<string | null>(null)
  const list = settings.customPhrases

  const add = (e: Event) => {
    e.preventDefault()
    const p = cleanPhrase(phrase)
    if (!p) return setProblem(t('optionsPhraseInvalid'))
    if (list.some((x) => x.phrase === p)) return setProblem(t('optionsPhraseExists'))
    setProblem(null)
    update({ customPhrases: [...list, { phrase: p, category }].slice(0, MAX_CUSTOM_PHRASES) })
    setPhrase('')
  }
  return (
    <section aria-labelledby="h-custom">
      <h2 id="h-custom">{t('optionsCustom')}</h2>
      <p class="help">{t('optionsCustomHelp')}</p>
      <form class="add-phrase" onSubmit={add}>
        <label>
          {t('optionsPhrase')}
          <input
            name="phrase"
            value={phrase}
            maxLength={MAX_PHRASE_LENGTH}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'phrase-problem' : undefined}
            onInput={(e) => setPhrase(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('optionsCategory')}
          <select
            name="phrase-category"
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as PhraseCategory)}
          >
            {PHRASE_CATEGORIES.filter((c) => c !== 'new' && c !== 'coined').map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('optionsAdd')}</button>
      </form>
      {problem && (
        <p id="phrase-problem" role="alert" class="problem">
          {problem}
        </p>
      )}
      {list.length === 0 ? (
        <p class="help">{t('optionsNoCustom')}</p>
      ) : (
        <ul class="phrases custom-phrases" aria-label={t('optionsCustom')}>
          {list.map((x) => (
            <li key={x.phrase}>
              <span class="phrase">{x.phrase}</span>{' '}
              <span class="cat">{categoryLabel(x.category)}</span>{' '}
              <button
                type="button"
                aria-label={t('optionsRemove', x.phrase)}
                onClick={() => update({ customPhrases: list.filter((y) => y.phrase !== x.phrase) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
