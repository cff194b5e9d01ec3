// The options page: highlights, palette, custom phrases, variant families, past readouts,
// saved pages, the user's index.
import { useEffect, useState } from 'preact/hooks'
import { t } from '../shared/i18n'
import { CustomPhrases } from './CustomPhrases'
import { DataSection } from './DataSection'
import { HighlightSettings } from './HighlightSettings'
import { PastReadouts } from './PastReadouts'
import { SavedPages } from './SavedPages'
import { VariantFamilies } from './VariantFamilies'
import { defaultSettings, type LensSettings } from '../shared/settings'
import { clearSettings, loadSettings, saveSettings } from './store'

export function Options() {
  const [settings, setSettings] = useState<LensSettings | null>(null)
  const [saved, setSaved] = useState('')

  useEffect(() => {
    void loadSettings().then(setSettings)
  }, [])
  if (!settings) return null

  const update = (patch: Partial<LensSettings>) => {
    const next = { ...settings, ...patch }
    setSettings(next)
    void saveSettings(next).then(
      () => setSaved(t('optionsSaved')),
      (e) => setSaved(t('optionsError', String(e))),
    )
  }
  const onCleared = async () => {
    await clearSettings()
    setSettings(defaultSettings())
  }
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p role="status" class="saved" data-testid="saved">
        {saved}
      </p>
      <HighlightSettings settings={settings} update={update} />
      <CustomPhrases settings={settings} update={update} />
      <VariantFamilies settings={settings} update={update} />
      <PastReadouts />
      <SavedPages />
      <DataSection settings={settings} update={update} onCleared={onCleared} />
    </main>
  )
}
