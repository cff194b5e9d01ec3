// Worker thread: generate one corpus block and write it to the cache (grams dropped).
import { workerData } from 'node:worker_threads'
import { writeAtomic } from './corpus-cache'
import { generateEvents } from './gen-corpus'

const { count, seed, path } = workerData as { count: number; seed: number; path: string }
const events = generateEvents(count, seed).map((ev) => ({ ...ev, grams: [] }))
writeAtomic(path, JSON.stringify(events))
