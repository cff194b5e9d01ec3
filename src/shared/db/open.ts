// Opening the database, once per background lifetime. IndexedDB can be missing or refuse to
// open (Firefox private browsing / "never remember history", storage blocked by policy): that
// becomes a StorageUnavailable error every reply reports, instead of a silent failure.
import { DB_NAME, LensDb } from './schema'

export class StorageUnavailable extends Error {
  constructor(cause: unknown) {
    super(`IndexedDB is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'StorageUnavailable'
  }
}

let opening: Promise<LensDb> | null = null

export function getDb(name = DB_NAME): Promise<LensDb> {
  if (!opening) {
    opening = openDb(name).catch((e) => {
      opening = null // try again on the next request (storage may come back)
      throw e
    })
  }
  return opening
}

export async function openDb(name = DB_NAME): Promise<LensDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageUnavailable('no indexedDB in this context')
  }
  const db = new LensDb(name)
  try {
    await db.open()
  } catch (e) {
    throw new StorageUnavailable(e)
  }
  return db
}

/** Forget the open handle (tests; after deleting the database). */
export function resetDb(): void {
  opening = null
}
