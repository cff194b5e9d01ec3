// The built packages (dist/chrome, dist/firefox) ask for what SECURITY.md says and no more:
// default CSP (no content_security_policy key), no externally_connectable, no remote code,
// only content-script chunks web-accessible; and the CSP really refuses inline code in our pages.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST, forEachBrowser } from '../harness'

// alarms: wakes a background stopped in the middle of an archive import (issue 12).
const PERMISSIONS = [
  'activeTab',
  'alarms',
  'contextMenus',
  'scripting',
  'storage',
  'unlimitedStorage',
]

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

describe.each(['chrome', 'firefox'])('the %s package', (target) => {
  const dir = join(DIST, target)
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >

  it('keeps the default CSP and opens no external door', () => {
    expect(manifest.content_security_policy).toBeUndefined()
    expect(manifest.externally_connectable).toBeUndefined()
    expect(manifest.sandbox).toBeUndefined()
    expect(manifest.optional_permissions).toBeUndefined()
    // offscreen (Chromium): saved pages are read with DOMParser, which its worker lacks (#12).
    const expected = target === 'chrome' ? [...PERMISSIONS, 'offscreen'].sort() : PERMISSIONS
    expect([...(manifest.permissions as string[])].sort()).toEqual(expected)
    const hosts = manifest.host_permissions as string[]
    expect(hosts.every((h) => !h.includes('<all_urls>') && !/^\*:\/\/\*\//.test(h))).toBe(true)
  })

  it('exposes only its content-script chunks to pages, no HTML', () => {
    const war = (manifest.web_accessible_resources ?? []) as Array<{ resources: string[] }>
    for (const entry of war)
      for (const r of entry.resources) expect(r).toMatch(/^assets\/[\w.-]+\.js$/)
  })

  it('loads no remote code and builds no code from strings', () => {
    for (const f of files(dir).filter((p) => /\.(js|html)$/.test(p))) {
      const src = readFileSync(f, 'utf8')
      expect(src, f).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i)
      expect(src, f).not.toMatch(/\bimport\(\s*["']https?:/)
      expect(src, f).not.toMatch(/(^|[^\w.$])eval\(/)
      expect(src, f).not.toMatch(/\bnew Function\(/)
    }
  })
})

forEachBrowser((b) => {
  it('the extension CSP refuses inline and string-built code in our pages', async () => {
    const page = await b.openPopup()
    // The driver's own evaluate is exempt from CSP; code the page itself would run is not:
    // an inline <script> (which would also eval) must be refused with a CSP violation.
    const verdict = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string | null }>((resolve) => {
          const g = window as unknown as { __guardInline?: boolean }
          let violation: string | null = null
          document.addEventListener('securitypolicyviolation', (e) => {
            violation = e.violatedDirective
          })
          const s = document.createElement('script')
          s.textContent = 'window.__guardInline = true; eval("1")'
          document.head.append(s)
          setTimeout(() => resolve({ ran: g.__guardInline === true, violation }), 300)
        }),
    )
    expect(verdict.ran).toBe(false)
    expect(verdict.violation).toMatch(/^script-src/)
    await page.close()
  })
})
