// Variant families: the built-in ones (read only) and the user's own (add, edit, remove), which
// the panel's "Since…" section and the compare page read from the settings.
import { useState } from 'preact/hooks'
import {
  BUILT_IN_FAMILIES,
  checkFamilyDraft,
  MAX_VARIANT_CHARS,
  MAX_VARIANTS,
  type DraftProblem,
  type VariantFamily,
} from '../core/compare/families'
import { t, uiLanguage } from '../shared/i18n'
import type { LensSettings } from '../shared/settings'

const familyName = (f: VariantFamily) => (uiLanguage().startsWith('zh') ? f.label.zh : f.label.en)

function problemText(p: DraftProblem): string {
  switch (p.code) {
    case 'no-name':
      return t('optionsFamilyNoName')
    case 'name-taken':
      return t('optionsFamilyNameTaken')
    case 'empty-wording':
      return t('optionsFamilyEmptyWording', p.line)
    case 'duplicate-wording':
      return t('optionsFamilyDuplicate', p.wording)
    case 'too-few':
      return t('optionsFamilyTooFew')
    case 'too-many':
      return t('optionsFamilyTooMany', MAX_VARIANTS)
    case 'too-long':
      return t('optionsFamilyTooLong', p.wording, MAX_VARIANT_CHARS)
    case 'too-many-families':
      return t('optionsFamilyTooManyFamilies')
  }
}

function FamilyItem({ f, children }: { f: VariantFamily; children?: preact.ComponentChildren }) {
  return (
    <li data-family={f.id}>
      <span class="phrase" title={f.note}>
        {familyName(f)}
      </span>
      {': '}
      <span class="wordings">{f.variants.join(' / ')}</span> {children}
    </li>
  )
}

export function VariantFamilies({
  settings,
  update,
}: {
  settings: LensSettings
  update: (patch: Partial<LensSettings>) => void
}) {
  const list = settings.variantFamilies
  const [name, setName] = useState('')
  const [wordings, setWordings] = useState('')
  /** The id of the family being edited, or null when adding. */
  const [editing, setEditing] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const reset = () => {
    setName('')
    setWordings('')
    setEditing(null)
    setProblem(null)
  }
  const submit = (e: Event) => {
    e.preventDefault()
    const others = list.filter((f) => f.id !== editing)
    const got = checkFamilyDraft(name, wordings.split('\n'), others)
    if ('problem' in got) return setProblem(problemText(got.problem))
    const at = list.findIndex((f) => f.id === editing)
    const next = at >= 0 ? list.map((f, i) => (i === at ? got.family : f)) : [...list, got.family]
    update({ variantFamilies: next })
    reset()
  }
  const edit = (f: VariantFamily) => {
    setEditing(f.id)
    setName(f.label.en)
    setWordings(f.variants.join('\n'))
    setProblem(null)
  }
  return (
    <section aria-labelledby="h-families" data-testid="families">
      <h2 id="h-families">{t('optionsFamilies')}</h2>
      <p class="help">{t('optionsFamiliesHelp')}</p>
      <h3>{t('optionsFamiliesBuiltInList')}</h3>
      <ul class="phrases built-in-families" aria-label={t('optionsFamiliesBuiltInList')}>
        {BUILT_IN_FAMILIES.map((f) => (
          <FamilyItem key={f.id} f={f}>
            <span class="cat">{t('optionsFamilyBuiltIn')}</span>
          </FamilyItem>
        ))}
      </ul>
      <form class="add-family" onSubmit={submit} data-editing={editing ?? undefined}>
        <label>
          {t('optionsFamilyName')}
          <input
            name="family-name"
            value={name}
            maxLength={40}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('optionsFamilyVariants')}
          <textarea
            name="family-wordings"
            rows={4}
            value={wordings}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'family-problem' : undefined}
            onInput={(e) => setWordings(e.currentTarget.value)}
          />
        </label>
        <button type="submit" name="save-family">
          {editing ? t('optionsFamilySave') : t('optionsFamilyAdd')}
        </button>
        {editing && (
          <button type="button" name="cancel-family" onClick={reset}>
            {t('optionsFamilyCancel')}
          </button>
        )}
      </form>
      {problem && (
        <p id="family-problem" role="alert" class="problem">
          {problem}
        </p>
      )}
      <h3>{t('optionsFamiliesMine')}</h3>
      {list.length === 0 ? (
        <p class="help">{t('optionsNoFamilies')}</p>
      ) : (
        <ul class="phrases user-families" aria-label={t('optionsFamiliesMine')}>
          {list.map((f) => (
            <FamilyItem key={f.id} f={f}>
              <button
                type="button"
                name="edit-family"
                aria-label={t('optionsFamilyEdit', familyName(f))}
                onClick={() => edit(f)}
              >
                ✎
              </button>{' '}
              <button
                type="button"
                name="remove-family"
                aria-label={t('optionsFamilyRemove', familyName(f))}
                onClick={() => {
                  if (editing === f.id) reset()
                  update({ variantFamilies: list.filter((x) => x.id !== f.id) })
                }}
              >
                ×
              </button>
            </FamilyItem>
          ))}
        </ul>
      )}
    </section>
  )
}
