// A real CCTV page (read from ../shared/realpages at test time, served at its own tv.cctv.com
// address) of a meeting with a long modifier between the verb and the counterpart:
// `会见来华出席第三届“一带一路”国际合作高峰论坛并进行正式访问的巴布亚新几内亚总理马拉佩`.
// The panel shows the date and the counterpart's name, only participants speak, and every
// turn says why it went to its speaker, on hover (title) and on focus (aria-describedby + a
// note shown while the button is focused).
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { forEachBrowser } from '../harness'
import { cctvReadout } from '../../unit/realpages'

const page1 = cctvReadout('2023-10-17', '马拉佩')
const html = readFileSync(page1.path, 'utf8')

forEachBrowser((b) => {
  b.server.route(page1.url, html)

  it('Belt and Road forum meeting: date, counterpart, no invented speaker, why per turn', async () => {
    const page = await b.openPage(page1.url)
    try {
      const { status } = await b.waitForAnnotation(page)
      expect(status).toMatchObject({ isReadout: true, date: '2023-10-17', counterpart: '马拉佩' })
      await b.waitForPanel(page, '[data-testid=event] [data-field=date]', {
        message: 'the event section never appeared',
      })
      const field = async (name: string) =>
        (await b.queryPanel(page, `[data-testid=event] [data-field=${name}]`))[0]?.text ?? ''
      expect(await field('date')).toContain('2023-10-17')
      expect(await field('counterpart')).toContain('马拉佩')

      const speakers = await b.queryPanel(page, '[data-testid=speakers] li[data-speaker]')
      expect(speakers.map((s) => s.attributes['data-speaker']).sort()).toEqual(
        ['习近平', '马拉佩'].sort(),
      )

      const turns = await b.queryPanel(page, '[data-testid=turns] button[data-turn]')
      expect(turns.length).toBeGreaterThan(3)
      for (const t of turns) {
        expect(t.attributes['data-rule']).toBeTruthy()
        expect(t.attributes['title']).toContain(t.attributes['data-rule']!)
        expect(t.attributes['aria-describedby']).toMatch(/^rl-why-\d+$/)
      }

      // Keyboard focus on a turn shows its reason; the note is the button's description.
      // The panel's root is closed: read it where the extension can (its own world).
      const shown = await b.inExtensionWorld(page, () => {
        const root = (
          globalThis as unknown as { __readoutLensInspect: () => { root: ShadowRoot } }
        ).__readoutLensInspect().root
        root.querySelector<HTMLDetailsElement>('[data-testid=turns]')!.open = true
        const button = root.querySelectorAll<HTMLButtonElement>('button[data-turn]')[1]!
        const note = root.getElementById(button.getAttribute('aria-describedby')!)!
        const before = getComputedStyle(note).display
        button.focus()
        return {
          focused: root.activeElement === button,
          tabIndex: button.tabIndex,
          before,
          after: getComputedStyle(note).display,
          text: note.textContent ?? '',
          rule: button.dataset.rule ?? '',
        }
      })
      expect(shown.focused).toBe(true)
      expect(shown.tabIndex).toBeGreaterThanOrEqual(0)
      expect(shown.before).toBe('none')
      expect(shown.after).toBe('block')
      expect(shown.text).toContain(shown.rule)
      await b.screenshot(page, 'real-cctv-belt-and-road')
    } finally {
      await page.close()
    }
  })
})
