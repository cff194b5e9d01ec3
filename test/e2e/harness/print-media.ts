// Show a page as it prints. Chromium emulates print media; Firefox over BiDi cannot, so the
// page's own `@media print` rules are applied as a plain stylesheet instead.
import type { TestPage } from './test-page'

export async function showAsPrinted(page: TestPage): Promise<void> {
  if (page.browserName === 'chromium') {
    await (page.raw as { emulateMedia(o: object): Promise<void> }).emulateMedia({ media: 'print' })
    return
  }
  await page.evaluate(() => {
    const css: string[] = []
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSMediaRule && rule.conditionText === 'print')
          for (const inner of rule.cssRules) css.push(inner.cssText)
    const style = document.createElement('style')
    style.textContent = css.join('\n')
    document.head.append(style)
  })
}
