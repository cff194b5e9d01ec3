// Bench-only extension page: the alternative an extension author would reach for — FlexSearch
// (in memory, CJK charset). An extension cannot keep it in memory between popup openings, so its
// export is stored in IndexedDB and imported again every time the popup opens.
//   #setup   build the index over the corpus at `corpus` (URL) and store its export + the texts
//   #q=...   what a popup would do: load the export, import it, search, show 20 results
import './script-start'
import { Charset, Index } from 'flexsearch'

const DB = 'bench-flexsearch'

function idb(): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(DB, 1)
    req.onupgradeneeded = () => {
      req.result.createObjectStore('export')
      req.result.createObjectStore('docs')
    }
    req.onsuccess = () => ok(req.result)
    req.onerror = () => fail(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((ok, fail) => {
    tx.oncomplete = () => ok()
    tx.onerror = () => fail(tx.error)
  })
}

function newIndex(): Index {
  return new Index({ encoder: Charset.CJK })
}

interface Doc {
  title: string
  text: string
  date: string | null
}

async function setup(
  corpusUrl: string,
): Promise<{ buildMs: number; exportMs: number; keys: number }> {
  const corpus = (await (await fetch(corpusUrl)).json()) as {
    events: Array<Doc & { sources: Array<{ title: string }> }>
  }
  const t0 = performance.now()
  const index = newIndex()
  corpus.events.forEach((ev, i) => index.add(i, `${ev.title}\n${ev.text}`))
  const t1 = performance.now()
  const parts: Array<[string, string]> = []
  await index.export((key: string, data: string) => {
    parts.push([key, data])
  })
  const db = await idb()
  const tx = db.transaction(['export', 'docs'], 'readwrite')
  tx.objectStore('export').clear()
  tx.objectStore('docs').clear()
  for (const [k, v] of parts) tx.objectStore('export').put(v, k)
  corpus.events.forEach((ev, i) =>
    tx.objectStore('docs').put({ title: ev.title, text: ev.text, date: ev.date }, i),
  )
  await done(tx)
  return { buildMs: t1 - t0, exportMs: performance.now() - t1, keys: parts.length }
}

function all(store: IDBObjectStore): Promise<[IDBValidKey[], unknown[]]> {
  return Promise.all([
    new Promise<IDBValidKey[]>((ok) => {
      const r = store.getAllKeys()
      r.onsuccess = () => ok(r.result)
    }),
    new Promise<unknown[]>((ok) => {
      const r = store.getAll()
      r.onsuccess = () => ok(r.result)
    }),
  ])
}

/** What the popup would do when it opens with a query; returns when 20 results are shown. */
async function popup(query: string): Promise<number> {
  const db = await idb()
  const tx = db.transaction(['export'], 'readonly')
  const [keys, values] = await all(tx.objectStore('export'))
  const index = newIndex()
  for (let i = 0; i < keys.length; i++) await index.import(String(keys[i]), values[i] as string)
  const ids = index.search(query, { limit: 20 }) as number[]
  const dtx = db.transaction(['docs'], 'readonly')
  const docs = await Promise.all(
    ids.map(
      (id) =>
        new Promise<Doc>((ok) => {
          const r = dtx.objectStore('docs').get(id)
          r.onsuccess = () => ok(r.result as Doc)
        }),
    ),
  )
  const ul = document.createElement('ul')
  for (const d of docs) {
    const li = document.createElement('li')
    const at = Math.max(0, d.text.indexOf(query.split(/\s+/)[0]!))
    li.textContent = `${d.date ?? ''} ${d.title} — ${d.text.slice(Math.max(0, at - 30), at + 60)}`
    ul.append(li)
  }
  document.body.append(ul)
  return performance.now()
}

/** All matches (for precision): loads the index once per page. */
let loaded: Index | null = null
async function searchAll(query: string): Promise<number[]> {
  if (!loaded) {
    const db = await idb()
    const [keys, values] = await all(db.transaction(['export'], 'readonly').objectStore('export'))
    loaded = newIndex()
    for (let i = 0; i < keys.length; i++) await loaded.import(String(keys[i]), values[i] as string)
  }
  return loaded.search(query, { limit: 1_000_000 }) as number[]
}

const w = globalThis as unknown as Record<string, unknown>
w.flex = { setup, searchAll }
const hash = new URLSearchParams(location.hash.slice(1))
const q = hash.get('q')
if (q) {
  popup(q).then(
    (t) => {
      w.flexShownAt = t
    },
    (e) => {
      w.flexError = String(e)
    },
  )
}
