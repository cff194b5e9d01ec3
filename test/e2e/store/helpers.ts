// Shared steps for the STORE e2e tests (popup, options, the index in the background).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, type TestBrowser, type TestPage } from '../harness'
import { foldForSearch } from '../../../src/core/normalize'
import type { CorpusIndex, IndexedEvent } from '../../../src/core/types'

export const shipped = JSON.parse(
  readFileSync(join(ROOT, 'src/corpus/index.json'), 'utf8'),
) as CorpusIndex

/** Wait until the background has seeded at least `min` events; returns the count. */
export async function waitForIndex(b: TestBrowser, min = shipped.events.length): Promise<number> {
  const deadline = Date.now() + 30_000
  let last = ''
  for (;;) {
    const r = await b.sendMessage({ type: 'index-info' })
    if (r.ok && r.events >= min) return r.events
    last = JSON.stringify(r)
    if (Date.now() > deadline) throw new Error(`${b.name}: index not seeded (${last})`)
    await new Promise((res) => setTimeout(res, 250))
  }
}

/** Expected ids for a query: brute-force substring scan of the shipped corpus, newest first. */
export function expectedIds(query: string, events: IndexedEvent[] = shipped.events): string[] {
  const terms = query.split(/\s+/).map(foldForSearch).filter(Boolean)
  const text = (e: IndexedEvent) =>
    foldForSearch([...new Set(e.sources.map((s) => s.title).filter(Boolean)), e.text].join('\n'))
  return events
    .filter((e) => terms.every((t) => text(e).includes(t)))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .map((e) => e.id)
}

/** Type into an input the way a user's IME commit does (value + input event). */
export async function fill(page: TestPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const el = document.querySelector<HTMLInputElement>(selector)
      if (!el) throw new Error(`no ${selector}`)
      el.focus()
      el.value = value
      el.dispatchEvent(new Event('input', { bubbles: true }))
    },
    { selector, value },
  )
}

export async function choose(page: TestPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const el = document.querySelector<HTMLSelectElement>(selector)
      if (!el) throw new Error(`no ${selector}`)
      el.value = value
      el.dispatchEvent(new Event('change', { bubbles: true }))
    },
    { selector, value },
  )
}

/** Ids of the results the popup shows, in order. */
export function shownIds(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a.result-main')).map(
      (a) => a.dataset.id ?? '',
    ),
  )
}

export async function waitForResults(page: TestPage, ids: string[]): Promise<void> {
  await page.waitFor(
    (want) => {
      const got = Array.from(document.querySelectorAll<HTMLAnchorElement>('a.result-main')).map(
        (a) => a.dataset.id,
      )
      return JSON.stringify(got) === JSON.stringify(want)
    },
    ids,
    { message: `popup results ≠ ${ids.join(', ')}` },
  )
}

/** Hand a file to the import input as a user's file picker would. */
export async function importFile(
  page: TestPage,
  text: string | null,
  bytes?: number,
): Promise<string> {
  const seq = await page.evaluate(() =>
    Number(document.querySelector('[data-testid="data-note"]')?.getAttribute('data-seq') ?? 0),
  )
  await page.evaluate(
    ({ text, bytes }) => {
      const input = document.querySelector<HTMLInputElement>('input[name="import"]')!
      const body = text !== null ? [text] : [new Uint8Array(bytes ?? 0)]
      const dt = new DataTransfer()
      dt.items.add(new File(body, 'index.json', { type: 'application/json' }))
      input.files = dt.files
      input.dispatchEvent(new Event('change', { bubbles: true }))
    },
    { text, bytes },
  )
  await page.waitFor(
    (seq) => {
      const el = document.querySelector('[data-testid="data-note"]')
      return (
        Number(el?.getAttribute('data-seq') ?? 0) > seq && el?.getAttribute('data-kind') !== 'busy'
      )
    },
    seq,
    { timeout: 60_000, message: 'import gave no answer' },
  )
  return page.evaluate(() => document.querySelector('[data-testid="data-note"]')!.textContent ?? '')
}
