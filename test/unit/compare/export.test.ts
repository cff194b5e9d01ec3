import { describe, expect, it } from 'vitest'
import {
  annotationsMarkdown,
  compare,
  comparisonMarkdown,
  docFromAnalysis,
  history,
  historyCsv,
  historyMarkdown,
} from '../../../src/core/compare'
import { csvCell } from '../../../src/core/compare/export-csv'
import { mdEscape } from '../../../src/core/compare/export-markdown'
import { analysisOf, indexOf, JUNE, MARCH, OCTOBER } from './cases'

const INDEX = indexOf([MARCH, '2023-03-05'], [JUNE, '2023-06-09'], [OCTOBER, '2023-10-20'])

describe('Markdown export', () => {
  it('cites outlet, URL and date with every quoted sentence of a comparison', () => {
    const cmp = compare(
      docFromAnalysis(analysisOf(JUNE, '2023-06-09')),
      docFromAnalysis(analysisOf(OCTOBER, '2023-10-20')),
    )
    const md = comparisonMarkdown(cmp)
    expect(md).toContain('## Formulations added in B')
    expect(md).toMatch(
      /\*\*产业链供应链\*\* — “习近平强调，双方要坚持互利合作，维护产业链供应链稳定。” \(2023-10-20, <https:\/\/news\.example\.cn\/2023-10-20\.html>\)/,
    )
    expect(md).toContain('| 习近平 |')
    expect(md).toContain('- Taiwan independence: A (none) → B 反对“台独”')
    expect(comparisonMarkdown(cmp, 'zh')).toContain('## B 新增提法')
  })

  it('writes a history with a table and what each event introduced', () => {
    const md = historyMarkdown('阿尔法', history('阿尔法', INDEX))
    expect(md).toContain('# History: 阿尔法 (3 events)')
    expect(md).toContain(
      '| 2023-03-05 | call | 阿尔法 | — | <https://news.example.cn/2023-03-05.html> |',
    )
    expect(md).toContain('## 2023-06-09 — 习近平同贝塔国总统阿尔法举行视频会晤')
  })

  it('writes one readout’s annotations', () => {
    const md = annotationsMarkdown(analysisOf(OCTOBER, '2023-10-20'))
    expect(md).toContain('- kind: call')
    expect(md).toContain(
      '**一个中国政策** — “阿尔法表示，贝塔国坚定奉行一个中国政策，反对“台独”。”',
    )
  })

  it('escapes Markdown markup in page text', () => {
    expect(mdEscape('a|b *c* [d](e) <f>\nnext')).toBe('a\\|b \\*c\\* \\[d\\](e) \\<f\\> next')
  })
})

describe('CSV export', () => {
  it('one row per event, newest first, with the columns named in the header', () => {
    const lines = historyCsv(history('阿尔法', INDEX)).split('\r\n')
    expect(lines[0]).toBe('id,date,kind,requested_by,place,title,outlet,url,introduced')
    expect(lines[1]!.startsWith('2023-10-20:call:阿尔法,2023-10-20,call,,')).toBe(true)
    expect(lines[3]).toContain(',阿尔法,')
    expect(lines).toHaveLength(5) // header, three rows, final empty line after CRLF
  })

  it('quotes separators and makes formula-looking cells inert', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell(null)).toBe('')
  })
})
