/// <reference types="vite/client" />
// The shipped corpus (src/corpus/index.json, written by scripts/build-index.mjs) is emitted as
// a file and fetched only when seeding needs it, so the worker's own bundle stays small and a
// large corpus is parsed by JSON.parse rather than as JavaScript.
import browser from 'webextension-polyfill'
import type { CorpusIndex } from '../core/types'
import corpusUrl from '../corpus/index.json?url'

export async function loadShippedCorpus(): Promise<CorpusIndex> {
  const url = /^(data|blob|[a-z-]+-extension):/.test(corpusUrl)
    ? corpusUrl
    : browser.runtime.getURL(corpusUrl.replace(/^\//, ''))
  const res = await fetch(url)
  if (!res.ok) throw new Error(`cannot read the built-in corpus (${res.status})`)
  const corpus = (await res.json()) as CorpusIndex
  if (corpus.format !== 'readout-lens-index' || !Array.isArray(corpus.events)) {
    throw new Error('the built-in corpus is not a readout-lens index')
  }
  return corpus
}
