// The options page and the user's index in both browsers: visited readouts saved and merged,
// export → clear → import round trip, rejected imports leaving the index as it was, custom
// phrases highlighted on the next page analysed.
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites, type TestBrowser, type TestPage } from '../harness'
import { fill, importFile, waitForIndex } from './helpers'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!

async function exportText(page: TestPage): Promise<string> {
  const seq = await page.evaluate(() =>
    Number(document.querySelector('[data-testid="export-link"]')?.getAttribute('data-seq') ?? 0),
  )
  await page.evaluate(() =>
    document.querySelector<HTMLButtonElement>('button[name="export"]')!.click(),
  )
  await page.waitFor(
    (seq) =>
      Number(document.querySelector('[data-testid="export-link"]')?.getAttribute('data-seq') ?? 0) >
      seq,
    seq,
    { message: 'export produced no file' },
  )
  return page.evaluate(async () => {
    const a = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]')!
    return (await fetch(a.href)).text()
  })
}

const events = (json: string) => JSON.stringify((JSON.parse(json) as { events: unknown }).events)

async function eventCount(b: TestBrowser): Promise<number> {
  const r = await b.sendMessage({ type: 'index-info' })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.events
}

forEachBrowser((b) => {
  it('saves a visited readout, merged with the same built-in event', async () => {
    await waitForIndex(b)
    const before = await eventCount(b)
    // Searched first, so the background holds the event's rows when the visit updates it.
    const earlier = await b.sendMessage({ type: 'search', query: '第三十七次会晤' })
    expect(earlier.ok && earlier.hits.length).toBeGreaterThan(0)
    const page = await b.openPage(sina.url)
    const done = await b.waitForAnnotation(page)
    expect(done.status?.isReadout).toBe(true)
    const id = done.status!.eventId!
    expect(id).toBe('2021-12-15:video:普京')
    const deadline = Date.now() + 10_000
    let urls: Array<string | null> = []
    while (Date.now() < deadline) {
      const r = await b.sendMessage({ type: 'get-event', id })
      urls = r.ok && r.event ? r.event.sources.map((s) => s.url) : []
      if (urls.includes(sina.url)) break
      await new Promise((res) => setTimeout(res, 200))
    }
    expect(urls).toContain(sina.url)
    expect(await eventCount(b)).toBe(before) // merged, not duplicated
    const found = await b.sendMessage({ type: 'search', query: '第三十七次会晤' })
    expect(found.ok && found.hits.find((h) => h.id === id)?.outlets).toBeGreaterThanOrEqual(1)
    await page.close()
  })

  it('export → clear → import round-trips the index byte for byte', async () => {
    await waitForIndex(b)
    const options = await b.openOptions()
    await options.waitFor(() =>
      /\d/.test(document.querySelector('[data-testid="storage-used"]')?.textContent ?? ''),
    )
    const first = await exportText(options)
    const n = (JSON.parse(first) as { events: unknown[] }).events.length
    expect(n).toBe(await eventCount(b))
    // Searched first: the background keeps these rows in memory until the index changes.
    const warm = await b.sendMessage({ type: 'search', query: '普京' })
    expect(warm.ok && warm.hits.length).toBe(4)

    await options.evaluate(() =>
      document.querySelector<HTMLButtonElement>('button[name="clear"]')!.click(),
    )
    await options.waitFor(() => !!document.querySelector('[role="alertdialog"]'))
    await options.evaluate(() =>
      document.querySelector<HTMLButtonElement>('button[name="confirm-clear"]')!.click(),
    )
    await options.waitFor(() =>
      /cleared|已清除/.test(document.querySelector('[data-testid="data-note"]')?.textContent ?? ''),
    )
    expect(await eventCount(b)).toBe(0)
    const none = await b.sendMessage({ type: 'search', query: '普京' })
    expect(none.ok && none.hits).toEqual([])

    const note = await importFile(options, first)
    expect(note).toMatch(new RegExp(`${n}`))
    expect(await eventCount(b)).toBe(n)
    const second = await exportText(options)
    expect(events(second)).toBe(events(first))
    expect(second.replace(/"builtAt":"[^"]*"/, '')).toBe(first.replace(/"builtAt":"[^"]*"/, ''))
    const back = await b.sendMessage({ type: 'search', query: '普京' })
    expect(back.ok && back.hits.length).toBe(4)
    await options.close()
  })

  it('rejects malformed, partial and oversized files and leaves the index exactly as it was', async () => {
    await waitForIndex(b)
    const options = await b.openOptions()
    await options.waitFor(() => !!document.querySelector('input[name="import"]'))
    const before = await exportText(options)
    const cases: Array<[string | null, RegExp, number?]> = [
      [before.slice(0, Math.floor(before.length / 2)), /JSON/],
      [
        '{"format":"readout-lens-index","version":1,"builtAt":"x","events":[{"id":"a"}]}',
        /Event 1/,
      ],
      [before.replace('"kind":"call"', '"kind":"phone"'), /"kind"/],
      [null, /too large/, 200 * 1024 * 1024 + 1],
    ]
    for (const [text, why, bytes] of cases) {
      const note = await importFile(options, text, bytes)
      expect(note).toMatch(why)
      expect(
        await options.evaluate(() =>
          document.querySelector('[data-testid="data-note"]')!.getAttribute('role'),
        ),
      ).toBe('alert')
      expect(events(await exportText(options))).toBe(events(before))
    }
    await b.screenshot(options, 'store-options-import-rejected')
    expect(options.errors).toEqual([])
    await options.close()
  })

  it('highlights a custom phrase added in the options on the next page', async () => {
    const options = await b.openOptions()
    await options.waitFor(() => !!document.querySelector('input[name="phrase"]'))
    await fill(options, 'input[name="phrase"]', '今年第二次')
    await options.evaluate(() =>
      document.querySelector<HTMLFormElement>('form.add-phrase')!.requestSubmit(),
    )
    await options.waitFor(() =>
      (document.querySelector('ul.custom-phrases')?.textContent ?? '').includes('今年第二次'),
    )
    await options.waitFor(() =>
      /Saved|已保存/.test(document.querySelector('[data-testid="saved"]')?.textContent ?? ''),
    )
    const page = await b.openPage(sina.url)
    await b.waitForAnnotation(page)
    const hl = await b.readHighlights(page)
    expect((hl['readout-lens-phrase-custom'] ?? []).map((r) => r.text)).toContain('今年第二次')
    await page.close()
    // removing it takes it off the next page
    await options.evaluate(() =>
      document.querySelector<HTMLButtonElement>('ul.custom-phrases button')!.click(),
    )
    await options.waitFor(() => !document.querySelector('ul.custom-phrases'))
    const again = await b.openPage(sina.url)
    await b.waitForAnnotation(again)
    const hl2 = await b.readHighlights(again)
    expect((hl2['readout-lens-phrase-custom'] ?? []).map((r) => r.text)).not.toContain('今年第二次')
    await again.close()
    await options.close()
  })
})
