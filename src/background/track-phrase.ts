// "Track" in the panel: a listed formulation becomes one of the user's custom phrases (the
// options page's list), matched on every later page like the lexicon.
import { phraseKey } from '../core/phrases'
import { InvalidInput } from '../shared/errors'
import { cleanPhrase, MAX_CUSTOM_PHRASES } from '../shared/settings'
import type { Services } from './services'

export async function trackPhrase(phrase: string, svc: Services): Promise<{ added: boolean }> {
  const p = cleanPhrase(phrase)
  if (!p) throw new InvalidInput('not a phrase that can be tracked')
  const settings = await svc.settings()
  const key = phraseKey(p)
  if (settings.customPhrases.some((x) => phraseKey(x.phrase) === key)) return { added: false }
  if (settings.customPhrases.length >= MAX_CUSTOM_PHRASES)
    throw new InvalidInput(`at most ${MAX_CUSTOM_PHRASES} custom phrases`)
  await svc.saveSettings({
    ...settings,
    customPhrases: [...settings.customPhrases, { phrase: p, category: 'custom' }],
  })
  return { added: true }
}
