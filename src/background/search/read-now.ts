// Reads issued on the spot. Dexie runs a transaction's scope a task after `transaction()` is
// called, so its first request leaves only once the caller's synchronous work is done; reads
// meant to overlap that work (novelty's, while the page is analysed) go through the
// database's own IndexedDB transaction instead. Read-only, and these stores have no Dexie
// hooks: the rows are the ones Dexie would return.
import type { FoldedRow, LensDb, MetaRow, TailRow } from '../../shared/db/schema'
import type { PostingRow } from '../../shared/index/postings'

/** One read of the index for a page: counters, catalog, tail, meta rows, postings, texts. */
export interface IndexRows {
  rev: unknown
  gen: unknown
  catalog: MetaRow | undefined
  tail: TailRow[]
  /** The meta rows asked for by key (first appearances, hot rows), in their order. */
  extra: Array<MetaRow | undefined>
  /** Posting rows of the bigrams asked for, in their order (undefined: no row). */
  postings: Array<PostingRow | undefined>
  /** Folded texts of the ordinals asked for, in their order. */
  folded: Array<FoldedRow | undefined>
}

function result<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error ?? new Error('IndexedDB read failed'))
  })
}

/** Every request is sent before this returns; the promise settles when all have answered. */
export function readIndexNow(
  db: LensDb,
  extraKeys: readonly string[],
  grams: readonly number[],
  ords: readonly number[] = [],
): Promise<IndexRows> {
  try {
    const tx = db.backendDB().transaction(['meta', 'tail', 'postings', 'folded'], 'readonly')
    const meta = tx.objectStore('meta')
    const postings = tx.objectStore('postings')
    const folded = tx.objectStore('folded')
    const get = (key: string) => result(meta.get(key) as IDBRequest<MetaRow | undefined>)
    return Promise.all([
      get('rev'),
      get('gen'),
      get('catalog'),
      result(tx.objectStore('tail').getAll() as IDBRequest<TailRow[]>),
      Promise.all(extraKeys.map(get)),
      Promise.all(grams.map((g) => result(postings.get(g) as IDBRequest<PostingRow | undefined>))),
      Promise.all(ords.map((o) => result(folded.get(o) as IDBRequest<FoldedRow | undefined>))),
    ]).then(([rev, gen, catalog, tail, extra, rows, texts]) => ({
      rev: rev?.value ?? 0,
      gen: gen?.value,
      catalog,
      tail,
      extra,
      postings: rows,
      folded: texts,
    }))
  } catch (e) {
    // Not open (closed under us, being upgraded): the caller reads through Dexie instead.
    return Promise.reject(e instanceof Error ? e : new Error(String(e)))
  }
}
