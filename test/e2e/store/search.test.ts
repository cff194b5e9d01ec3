// Search over the built-in corpus in both browsers: the background's `search` answer and the
// popup on top of it (typing, filters, marks, keyboard navigation, opening the reader).
import { expect, it } from 'vitest'
import { forEachBrowser } from '../harness'
import { choose, expectedIds, fill, shipped, waitForIndex, waitForResults } from './helpers'

const QUERIES = [
  '普京',
  '视频会晤',
  '習近平',
  '中俄 合作',
  '新时代全面战略协作伙伴关系',
  '乌克兰',
  '疫情',
]

forEachBrowser((b) => {
  it('seeds the shipped corpus once and answers like a brute-force scan, newest first', async () => {
    const n = await waitForIndex(b)
    expect(n).toBe(shipped.events.length)
    for (const q of QUERIES) {
      const r = await b.sendMessage({ type: 'search', query: q, limit: 50 })
      if (!r.ok) throw new Error(`${q}: ${JSON.stringify(r)}`)
      const want = expectedIds(q)
      expect(r.hits.map((h) => h.id).sort(), q).toEqual([...want].sort())
      expect(r.total, q).toBe(want.length)
      if (!q.includes(' '))
        expect(
          r.hits.map((h) => h.id),
          q,
        ).toEqual(want)
      for (const h of r.hits) {
        expect(h.marks.length, `${q} marks in ${h.id}`).toBeGreaterThan(0)
        for (const [s, e] of h.marks) expect(e).toBeGreaterThan(s)
      }
    }
    const all = await b.sendMessage({ type: 'search', query: '普京' })
    expect(all.ok && all.hits.map((h) => h.id)).toEqual([
      '2022-02-25:call:普京',
      '2021-12-15:video:普京',
      '2021-08-25:call:普京',
      '2020-07-08:call:普京',
    ])
    // traditional input finds simplified text, and the mark covers what is shown
    const trad = await b.sendMessage({ type: 'search', query: '視頻會晤' })
    expect(trad.ok && trad.hits.length).toBeGreaterThan(0)
    if (trad.ok) {
      const [s, e] = trad.hits[0]!.marks[0]!
      expect(trad.hits[0]!.snippet.slice(s, e)).toBe('视频会晤')
    }
  })

  it('filters by kind, years, counterpart and phrase category', async () => {
    await waitForIndex(b)
    const ids = async (filters: object) => {
      const r = await b.sendMessage({ type: 'search', query: '普京', filters })
      if (!r.ok) throw new Error(JSON.stringify(r))
      return r.hits.map((h) => h.id)
    }
    expect(await ids({ kind: 'video' })).toEqual(['2021-12-15:video:普京'])
    expect(await ids({ yearFrom: 2022 })).toEqual(['2022-02-25:call:普京'])
    expect(await ids({ yearFrom: 2021, yearTo: 2021 })).toEqual([
      '2021-12-15:video:普京',
      '2021-08-25:call:普京',
    ])
    expect(await ids({ counterpart: '普京', yearTo: 2020 })).toEqual(['2020-07-08:call:普京'])
    expect(await ids({ counterpart: '拜登' })).toEqual([])
    const withCategory = shipped.events
      .filter((e) => e.phrases.some((p) => p.category === 'conflict'))
      .sort((a, c) => (c.date ?? '').localeCompare(a.date ?? ''))
      .map((e) => e.id)
    expect(await ids({ category: 'conflict' })).toEqual(withCategory)
  })

  it('popup: search as you type, marked snippets, filters, arrow keys and Enter', async () => {
    await waitForIndex(b)
    const popup = await b.openPopup()
    await popup.waitFor(() => !!document.querySelector('[role="searchbox"]'), undefined, {
      message: 'no searchbox',
    })
    const a11y = await popup.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[role="searchbox"]')!
      return { label: box.labels?.[0]?.textContent ?? '', focused: document.activeElement === box }
    })
    expect(a11y.label.length).toBeGreaterThan(0)
    await popup.waitFor(() =>
      /\d/.test(document.querySelector('[data-testid="index-size"]')?.textContent ?? ''),
    )

    await fill(popup, '#q', '普')
    await fill(popup, '#q', '普京')
    const want = expectedIds('普京')
    await waitForResults(popup, want)
    // '普' may match the same events and be shown first (its reply can arrive before '普京' is
    // typed): wait until the marks are those of the last query.
    await popup.waitFor(
      () => {
        const m = Array.from(document.querySelectorAll('.snippet mark'))
        return m.length > 0 && m.every((x) => x.textContent === '普京')
      },
      undefined,
      { message: 'the results of 普京 are not shown' },
    )
    const marks = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('.snippet mark')).map((m) => m.textContent),
    )
    expect(marks.length).toBeGreaterThanOrEqual(want.length)
    expect(new Set(marks)).toEqual(new Set(['普京']))
    await b.screenshot(popup, 'store-popup-results')

    // keyboard: ↓ from the box to the first result, ↓ ↓ ↑, Escape back to the box
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('#q')!.focus())
    await popup.press('ArrowDown')
    const focused = () =>
      popup.evaluate(
        () =>
          (document.activeElement as HTMLElement | null)?.dataset?.id ?? document.activeElement?.id,
      )
    expect(await focused()).toBe(want[0])
    await popup.press('ArrowDown')
    await popup.press('ArrowDown')
    expect(await focused()).toBe(want[2])
    await popup.press('ArrowUp')
    expect(await focused()).toBe(want[1])
    await popup.press('Escape')
    expect(await focused()).toBe('q')

    // filters narrow the list
    await popup.evaluate(() => {
      const d = document.querySelector('details.filters') as HTMLDetailsElement
      d.open = true
    })
    await choose(popup, 'select[name="kind"]', 'video')
    await waitForResults(popup, ['2021-12-15:video:普京'])
    await choose(popup, 'select[name="kind"]', '')
    await waitForResults(popup, want)

    // no results → a clear message
    await fill(popup, '#q', '完全不存在的短语')
    await popup.waitFor(
      () =>
        document.querySelectorAll('a.result-main').length === 0 &&
        /完全不存在的短语/.test(
          document.querySelector('[data-testid="status"]')?.textContent ?? '',
        ),
    )

    // Enter on a result opens the reader page for that event
    await fill(popup, '#q', '视频会晤')
    const video = expectedIds('视频会晤')
    await waitForResults(popup, video)
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('#q')!.focus())
    await popup.press('ArrowDown')
    await popup.press('Enter')
    const readerId = encodeURIComponent(video[0]!)
    const deadline = Date.now() + 10_000
    let urls: string[] = []
    while (Date.now() < deadline) {
      urls = await b.evaluateInExtension(async () => {
        type Tabs = { tabs: { query(q: object): Promise<Array<{ url?: string }>> } }
        const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs }
        return (await (g.browser ?? g.chrome).tabs.query({})).map((t) => t.url ?? '')
      })
      if (urls.some((u) => u.includes(`src/reader/index.html?id=${readerId}`))) break
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(urls.some((u) => u.includes(`src/reader/index.html?id=${readerId}`))).toBe(true)
    expect(popup.errors).toEqual([])
    await popup.close()
  })

  it('answers a one-character query and shows the first results fast', async () => {
    await waitForIndex(b)
    const r = await b.sendMessage({ type: 'search', query: '京' })
    expect(r.ok && r.hits.map((h) => h.id)).toEqual(expectedIds('京'))
    const t0 = Date.now()
    const popup = await b.openPopup()
    await fill(popup, '#q', '普京')
    await waitForResults(popup, expectedIds('普京'))
    console.log(
      `${b.name}: popup open → first results ${Date.now() - t0} ms (includes page load by the driver)`,
    )
    await popup.close()
  })
})
