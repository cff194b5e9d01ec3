// The user's stored settings as the page annotator needs them: parsed, theme applied, and the
// highlight names they switch off. In the first bundle: painting needs them before the panel.
import { PALETTES, SETTINGS_KEY, parseSettings, type LensSettings } from './settings'
import { storageGet } from './ext'
import { applyTheme, phraseHighlightName, speakerHighlightName } from './paint/palette'

/** The stored settings (already being read, or read now), parsed, with their theme applied. */
export async function loadSettings(
  raw: Promise<unknown> = storageGet(SETTINGS_KEY),
): Promise<LensSettings> {
  const settings = parseSettings(await raw)
  applyTheme(PALETTES[settings.palette], settings.categoryColors)
  return settings
}

/** Highlight names the user switched off in the options. */
export function hiddenBySettings(settings: LensSettings, speakerCount: number): string[] {
  const hidden: string[] = []
  if (!settings.speakers)
    for (let i = 0; i < speakerCount; i++) hidden.push(speakerHighlightName(i))
  for (const [c, on] of Object.entries(settings.categories))
    if (!on) hidden.push(phraseHighlightName(c as never))
  return hidden
}
