// Settings persistence for the options page.
import browser from 'webextension-polyfill'
import { parseSettings, SETTINGS_KEY, type LensSettings } from '../shared/settings'

export async function loadSettings(): Promise<LensSettings> {
  const got = await browser.storage.local.get(SETTINGS_KEY)
  return parseSettings(got[SETTINGS_KEY])
}

export async function saveSettings(s: LensSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: s })
}

export async function clearSettings(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_KEY)
}
