// The lint rules that keep page, corpus and imported text out of the DOM as markup, and keep
// code out of strings, really fire: ESLint's Node API runs the project's own eslint.config.js on
// small snippets placed where such code would live.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`)
}

describe('lint rules against injection', () => {
  it('innerHTML / outerHTML / insertAdjacentHTML with a variable are errors', async () => {
    const code = `export function show(el: HTMLElement, text: string): void {
  el.innerHTML = text
  el.outerHTML = text
  el.insertAdjacentHTML('beforeend', text)
}
`
    const ids = await ruleIds(code, 'src/content/panel/guard-lint-probe.ts')
    expect(ids.filter((id) => id === 'no-unsanitized/property')).toHaveLength(2)
    expect(ids).toContain('no-unsanitized/method')
  }, 60_000)

  it('document.write with a variable is an error', async () => {
    const ids = await ruleIds(
      `export const w = (s: string): void => document.write(s)\n`,
      'src/popup/guard-lint-probe.ts',
    )
    expect(ids).toContain('no-unsanitized/method')
  }, 60_000)

  it('dangerouslySetInnerHTML in JSX is an error', async () => {
    const code = `export const P = (p: { html: string }) => <div dangerouslySetInnerHTML={{ __html: p.html }} />\n`
    const ids = await ruleIds(code, 'src/content/panel/GuardLintProbe.tsx')
    expect(ids).toContain('no-restricted-syntax')
  }, 60_000)

  it('eval, new Function and string-built timers are errors (the MV3 CSP would refuse them too)', async () => {
    const code = `export function run(s: string): void {
  eval(s)
  new Function(s)
  setTimeout('run(' + s + ')', 0)
}
`
    const ids = await ruleIds(code, 'src/background/guard-lint-probe.ts')
    expect(ids).toEqual(expect.arrayContaining(['no-eval', 'no-new-func', 'no-implied-eval']))
  }, 60_000)

  it('text set as text passes', async () => {
    const code = `export function show(el: HTMLElement, text: string): void {
  el.textContent = text
  el.append(document.createTextNode(text))
  el.innerHTML = ''
}
`
    expect(await ruleIds(code, 'src/content/panel/guard-lint-probe.ts')).toEqual([])
  }, 60_000)
})
