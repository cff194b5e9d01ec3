// A hostile file must not drive the user's terminal through `readout-lens analyze`: escape
// sequences (OSC set-title, clear screen, colours), bell, other controls and bidi overrides
// in the text never reach the report raw.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { parseText } from '../../../src/core/intake'
import { makeStyle } from '../../../src/cli/colors'
import { renderReport } from '../../../src/cli/report'

const hostile = [
  '',
  '新华社北京8月25日电 国家主席习近平8月25日同俄罗斯总统普京通电话。\u001b]0;PWNED\u0007\u001b[2J',
  '习近平指出，中俄关系\u001b[31m红色\u001b[0m很好\u009b2J。双方一致认为，要加强合作\u202e反转\u202c。',
  '普京表示，俄方愿意合作\u0008\u0008\u0008。',
  '',
].join('\n')

describe('the CLI report is terminal-safe', () => {
  it('without colours: no control character from the file survives', () => {
    const a = analyze(parseText(hostile, { url: 'https://news.sina.com.cn/c/x.shtml' }))
    expect(a.turns.map((t) => t.text).join('')).toContain('\u001b') // the analysis keeps it verbatim
    const out = renderReport(a, [], makeStyle(false))
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
    expect(out).toContain('\ufffd')
    expect(out).toContain('习近平')
  })

  it('with colours: the only escape sequences are our own SGR codes', () => {
    const a = analyze(parseText(hostile, { url: 'https://news.sina.com.cn/c/x.shtml' }))
    const out = renderReport(a, [], makeStyle(true))
    // eslint-disable-next-line no-control-regex
    const stripped = out.replace(/\u001b\[[0-9;]*m/g, '')
    // eslint-disable-next-line no-control-regex
    expect(stripped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(out).not.toContain('\u001b]0;')
    expect(out).not.toContain('\u001b[2J')
  })
})
