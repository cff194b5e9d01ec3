// Reading files from disk: encodings, BOM, HTML pages through linkedom + the site adapters,
// and clear errors for missing, empty, whitespace-only, binary and directory inputs.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { IntakeError } from '../../../src/core/intake'
import { loadArticleFromFile } from '../../../src/node/load-article'

const dir = mkdtempSync(join(tmpdir(), 'readout-lens-load-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

const READOUT =
  '习近平同俄罗斯总统普京通电话\n2021-08-25 17:49:38 人民日报客户端\n\n国家主席习近平8月25日同俄罗斯总统普京通电话。\n'

function intakeError(fn: () => unknown): IntakeError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(IntakeError)
    return err as IntakeError
  }
  throw new Error('expected an IntakeError')
}

describe('loadArticleFromFile', () => {
  it('strips a UTF-8 BOM', () => {
    const a = loadArticleFromFile(file('bom.txt', '\ufeff' + READOUT))
    expect(a.text.startsWith('习近平')).toBe(true)
    expect(a.title).toBe('习近平同俄罗斯总统普京通电话')
  })

  it('reads GB18030/GBK text when the bytes are not UTF-8', () => {
    const gbk = new Uint8Array([
      0xd6, 0xd0, 0xb6, 0xed, 0xcd, 0xa8, 0xb5, 0xe7, 0xbb, 0xb0, 0xa1, 0xa3,
    ]) // 中俄通电话。
    const a = loadArticleFromFile(file('gbk.txt', gbk))
    expect(a.text).toBe('中俄通电话。')
  })

  it('reads an HTML page through linkedom and the site adapter picked by --url', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>习近平同俄罗斯总统普京通电话_新浪新闻</title>
      <meta property="article:published_time" content="2021-08-25T17:30:00+08:00"></head>
      <body><div class="nav"><a href="/">首页</a><a href="/c">国内</a></div>
      <h1 class="main-title">习近平同俄罗斯总统普京通电话</h1>
      <div class="date-source"><span class="date">2021年08月25日 17:30</span><a class="source">新华社</a></div>
      <div class="article" id="article">
        <p>\u3000\u3000新华社北京8月25日电 国家主席习近平8月25日同俄罗斯总统普京通电话。</p>
        <p>\u3000\u3000习近平指出，今年以来，中俄以庆祝《中俄睦邻友好合作条约》签署20周年为新起点，推动两国战略协作和全方位务实合作取得一系列新成就。</p>
        <p class="article-editor">责任编辑：张三</p>
      </div></body></html>`
    const a = loadArticleFromFile(file('page.html', html), {
      url: 'https://news.sina.com.cn/c/2021-08-25/doc-ikqcfncc4937513.shtml',
    })
    expect(a.format).toBe('html')
    expect(a.site).toBe('sina')
    expect(a.title).toBe('习近平同俄罗斯总统普京通电话')
    expect(a.published).toBe('2021-08-25')
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '新华社北京8月25日电 国家主席习近平8月25日同俄罗斯总统普京通电话。',
      '习近平指出，今年以来，中俄以庆祝《中俄睦邻友好合作条约》签署20周年为新起点，推动两国战略协作和全方位务实合作取得一系列新成就。',
    ])
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text)
    expect('collected' in a).toBe(false) // plain data, no DOM nodes
  })

  it('takes the page URL from a browser’s “saved from url” mark when --url is not given', () => {
    const url = 'https://finance.sina.com.cn/china/gncj/2021-12-16/doc-ikyakumx4437156.shtml'
    const saved = `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n<html><head><title>t</title></head><body>
      <h1 class="main-title">习近平同俄罗斯总统普京举行视频会晤</h1>
      <div id="artibody"><p>国家主席习近平12月15日下午在北京同俄罗斯总统普京举行视频会晤。这是中俄元首今年第二次举行视频会晤，也是2013年以来的第三十七次会晤。</p></div>
      </body></html>`
    const a = loadArticleFromFile(file('saved.html', saved))
    expect(a.url).toBe(url)
    expect(a.site).toBe('sina')
    expect(a.published).toBe('2021-12-16')
  })

  it('rejects a missing file, naming it', () => {
    const e = intakeError(() => loadArticleFromFile(join(dir, 'nope.txt')))
    expect(e.code).toBe('unreadable')
    expect(e.message).toContain('nope.txt: no such file')
  })

  it('rejects a directory', () => {
    mkdirSync(join(dir, 'sub'))
    expect(intakeError(() => loadArticleFromFile(join(dir, 'sub'))).message).toMatch(
      /is a directory/,
    )
  })

  it('rejects empty and whitespace-only files', () => {
    expect(intakeError(() => loadArticleFromFile(file('empty.txt', ''))).code).toBe('empty')
    const e = intakeError(() => loadArticleFromFile(file('blank.txt', ' \n\r\n\t　\n')))
    expect(e.code).toBe('empty')
    expect(e.message).toContain('blank.txt')
  })

  it('rejects binary files', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ])
    const e = intakeError(() => loadArticleFromFile(file('image.txt', png)))
    expect(e.code).toBe('binary')
    expect(e.message).toMatch(/binary/)
  })

  it('names the file when the content has no body', () => {
    const e = intakeError(() => loadArticleFromFile(file('nav.txt', '点赞\n收藏\n分享\n')))
    expect(e.code).toBe('no-body')
    expect(e.message).toContain('nav.txt')
  })
})
