// The content script decides on a page from its first SCAN_CHARS of paragraphs only
// (extractArticle with stopAfter): the decision must be the one the whole page gives.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { nonReadoutPage, readoutPage } from '../../../bench/gen-corpus'
import { detectReadout, SCAN_CHARS } from '../../../src/core/detect'
import { completeArticle, extractArticle } from '../../../src/sites/extract'
import { FIXTURES } from './site-fixture'

function both(html: string, url: string) {
  const doc = () => parseHTML(html).document as unknown as Document
  return {
    full: extractArticle(doc(), url),
    capped: extractArticle(doc(), url, { stopAfter: SCAN_CHARS }),
  }
}

describe('detection on the capped extraction', () => {
  it('long generated pages: same decision, same confidence, only the start collected', () => {
    for (const pg of [readoutPage(200_000), nonReadoutPage(50_000), nonReadoutPage(200_000)]) {
      const { full, capped } = both(pg.html, pg.url)
      if (!full || !capped) throw new Error(`no article in ${pg.url}`)
      expect(capped.collected.complete).toBe(false)
      expect(capped.text.length).toBeLessThan(full.text.length / 2)
      expect(full.text.startsWith(capped.text)).toBe(true)
      expect(detectReadout(capped)).toEqual(detectReadout(full))
      const whole = completeArticle(capped)
      expect(whole.text).toBe(full.text)
      expect(whole.paragraphs).toEqual(full.paragraphs)
      expect(whole.collected.nodes.length).toBe(full.collected.nodes.length)
    }
  })

  it('every site fixture: same decision (short pages are collected whole)', () => {
    for (const site of readdirSync(FIXTURES)) {
      if (!site.match(/^[a-z]+$/)) continue
      const meta = JSON.parse(readFileSync(join(FIXTURES, site, 'meta.json'), 'utf8'))
      for (const [file, url] of [
        ['readout.html', meta.url],
        ['other.html', meta.otherUrl],
      ]) {
        const { full, capped } = both(readFileSync(join(FIXTURES, site, file), 'utf8'), url)
        if (!full)
          expect(capped, `${site}/${file}`).toBeNull() // client-rendered before load
        else expect(detectReadout(capped!), `${site}/${file}`).toEqual(detectReadout(full))
      }
    }
  })
})
