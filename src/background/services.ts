// What the handlers need from the browser, passed in so the same code runs in the background
// and in Node tests (fake-indexeddb, in-memory tab store).
import type { LensSettings } from '../shared/settings'
import type { LensDb } from '../shared/db/schema'
import type { ExtensionPage, TabStatus } from '../shared/messages'
import type { ArchiveRunner } from './archive/runner'
import type { ReadSource } from './saved-pages/import-page'

export interface Services {
  db(): Promise<LensDb>
  settings(): Promise<LensSettings>
  /** Store new settings (the options page, the panel's "Track"). */
  saveSettings(settings: LensSettings): Promise<void>
  getTabStatus(tabId: number): Promise<TabStatus | null>
  setTabStatus(tabId: number, status: TabStatus): Promise<void>
  annotateTab(tabId: number): Promise<void>
  /** Open the extension's reader page on an indexed event, next to the asking tab. */
  openReader(id: string, openerTabId?: number): Promise<void>
  /** Open an extension page (compare, timeline) with a query string, next to the asking tab. */
  openPage(page: ExtensionPage, query: string, openerTabId?: number): Promise<void>
  storageUsage(): Promise<number | null>
  /** Run work after replying (tail merge); the background keeps it alive briefly. */
  later(task: () => Promise<unknown>): void
  /** The 新闻联播 archive import (absent where no network job runs, e.g. Node tests). */
  archive?: ArchiveRunner
  /** Saved page text → Article by the site code (absent where there is no DOM parser). */
  readSource?: ReadSource
}
