// Background entry: service worker in Chrome, event page in Firefox. Every listener is
// registered synchronously at the top level (the browser may start this script just to deliver
// one event); nothing that matters lives in globals — state is in IndexedDB and storage.
import browser from 'webextension-polyfill'
import { parseSettings, SETTINGS_KEY, type LensSettings } from '../shared/settings'
import { ARCHIVE_KEY, isArchiveRecord } from '../shared/archive'
import { annotateTab, createContextMenu, MENU_ID, openPage, openReader } from './annotate'
import { extensionFetcher } from './archive/fetcher'
import { archiveRunner } from './archive/runner'
import { loadShippedCorpus } from './corpus'
import { getDb } from '../shared/db/open'
import { handleRequest, type Services } from './handlers'
import { needsSeed, seedFromCorpus } from './seed'
import { clearTabStatus, getTabStatus, onTabUrlChanged, setTabStatus } from './tab-status'
import { sourceReader } from './saved-pages/read-source'
import { serveRequestPort, type RequestPort } from './request-port'
import { acceptMessage } from './validate-message'
import { firstsStale } from '../shared/index/firsts'
import { recountSoon } from './firsts'
import { pageNovelty, prefetchNovelty } from './novelty'
import { warmUpAnalysis, warmUpNovelty } from './warm-up'
import { onGenMoved } from '../shared/index/gen-signal'
import { rowsMoved } from './search/keep-rows'

let settingsCache: Promise<LensSettings> | null = null
browser.storage.onChanged.addListener((changes) => {
  if (SETTINGS_KEY in changes) settingsCache = null
})

/** While an import runs, this alarm wakes a background that was stopped, which then resumes. */
const ARCHIVE_ALARM = 'archive-keep-alive'

const archive = archiveRunner({
  db: getDb,
  async load() {
    const got = (await browser.storage.local.get(ARCHIVE_KEY))[ARCHIVE_KEY]
    return isArchiveRecord(got) ? got : null
  },
  save: (record) => browser.storage.local.set({ [ARCHIVE_KEY]: record }),
  fetcher: extensionFetcher(),
  keepAlive(on) {
    if (on) void browser.alarms.create(ARCHIVE_ALARM, { periodInMinutes: 0.5 })
    else void browser.alarms.clear(ARCHIVE_ALARM)
  },
  extraPhrases: async () => (await services.settings()).customPhrases,
  now: () => Date.now(),
})

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ARCHIVE_ALARM) void archive.ensureRunning()
})

/** The seeding under way, if any (ensureSeeded). */
let seeding: Promise<void> | null = null

const services: Services = {
  archive,
  readSource: sourceReader(),
  // A request that comes while the shipped corpus is being seeded (just installed or updated,
  // or a worker restarted mid-seed) sees the index once it is seeded, not half of it.
  async db() {
    await seeding
    return getDb()
  },
  settings() {
    // Read once, then kept until the options page changes them (every page analysis asks).
    settingsCache ??= browser.storage.local
      .get(SETTINGS_KEY)
      .then((got) => parseSettings(got[SETTINGS_KEY]))
      .catch((e: unknown) => {
        settingsCache = null
        throw e
      })
    return settingsCache
  },
  async saveSettings(settings) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings })
    settingsCache = Promise.resolve(settings)
  },
  getTabStatus,
  setTabStatus,
  annotateTab,
  openReader,
  openPage,
  async storageUsage() {
    try {
      return (await navigator.storage.estimate()).usage ?? null
    } catch {
      return null
    }
  },
  later(task) {
    void task().catch((e) => console.warn('Readout Lens: background task failed', e))
  },
}

/** Seed or resume seeding when the shipped corpus is not (fully) in the index. */
function ensureSeeded(): Promise<void> {
  seeding ??= (async () => {
    try {
      const db = await getDb()
      const corpus = await loadShippedCorpus()
      if (await needsSeed(db, corpus)) await seedFromCorpus(db, corpus)
    } catch (e) {
      console.warn('Readout Lens: seeding failed', e)
    } finally {
      seeding = null
    }
  })()
  return seeding
}

async function askPersistence(): Promise<void> {
  // StorageManager.persist is window-only: the Firefox event page has it, a Chrome worker does
  // not (there `unlimitedStorage` already exempts the index from eviction).
  const storage = navigator.storage as StorageManager | undefined
  if (storage && typeof storage.persist === 'function') await storage.persist().catch(() => false)
}

browser.runtime.onInstalled.addListener(() => {
  createContextMenu()
  void askPersistence()
  void ensureSeeded()
})

browser.runtime.onStartup.addListener(() => {
  void ensureSeeded()
})

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  const accepted = acceptMessage(msg, sender, browser.runtime.id, browser.runtime.getURL(''))
  if (!accepted) return undefined // not ours or not allowed: ignored
  return handleRequest(accepted.req, sender, services)
})

// Requests answered in parts (the page's annotate-page): one port each.
browser.runtime.onConnect.addListener((port) => {
  serveRequestPort(port as RequestPort, {
    accept: (msg, sender) =>
      acceptMessage(msg, sender, browser.runtime.id, browser.runtime.getURL(''))?.req ?? null,
    run: (req, sender, early) => handleRequest(req, sender, services, early),
  })
})

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) {
    void annotateTab(tab.id).catch((e) => console.warn('Readout Lens: cannot annotate', e))
  }
})

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabStatus(tabId)
})

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void onTabUrlChanged(tabId, change.url)
})

// Rows rewritten anywhere (an import in the options page): what search and novelty keep is
// stale; the bigrams it held are read again shortly.
onGenMoved(() => rowsMoved(getDb))

// A worker killed mid-seed (or mid-import) resumes here on its next start, whatever woke it.
void ensureSeeded()
void archive.ensureRunning().catch((e) => console.warn('Readout Lens: archive resume failed', e))

// Warm the analysis and novelty up once the request that woke the background has been answered.
const WARM_UP_DELAY_MS = 300
setTimeout(() => {
  loadShippedCorpus()
    .then(async (corpus) => {
      const pause = () => new Promise<void>((r) => setTimeout(r, 0))
      await warmUpAnalysis(corpus, pause)
      const db = await getDb()
      await warmUpNovelty(corpus, pause, (page) => pageNovelty(db, page, prefetchNovelty(db, page)))
      // A recount of first appearances that imports left due (or a stopped worker cut short).
      if ((await firstsStale(db)) > 0) recountSoon(getDb, 0)
    })
    .catch((e) => console.warn('Readout Lens: analysis warm-up failed', e))
}, WARM_UP_DELAY_MS)
