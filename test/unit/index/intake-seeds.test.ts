// Intake of the five built-in seeds (two scraped-text shapes, three Markdown+HTML exports).
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../../src/core/intake'
import { loadArticleFromFile } from '../../../src/node/load-article'
import { JUNK_PARAGRAPH, SEEDS, seedPath, seedSource } from './seeds'

describe.each(SEEDS)('seed $file', (seed) => {
  const article = loadArticleFromFile(seedPath(seed.file))

  it('is read in its format', () => {
    expect(detectFormat(seedSource(seed.file))).toBe(seed.format)
    expect(article.format).toBe(seed.format)
  })

  it('has the title, published date and outlet of the page', () => {
    expect(article.title).toBe(seed.title)
    expect(article.published).toBe(seed.published)
    expect(article.outlet).toBe(seed.outlet)
  })

  it('has exactly the body paragraphs, first to last', () => {
    expect(article.paragraphs).toHaveLength(seed.paragraphs)
    expect(article.paragraphs[0]!.text.startsWith(seed.firstStartsWith)).toBe(true)
    expect(article.paragraphs.at(-1)!.text.startsWith(seed.lastStartsWith)).toBe(true)
  })

  it('keeps page furniture out of the paragraphs', () => {
    for (const p of article.paragraphs) {
      for (const junk of JUNK_PARAGRAPH)
        expect(p.text, `${junk} in ${p.text.slice(0, 40)}`).not.toMatch(junk)
      expect(p.text).toBe(p.text.trim())
      expect(p.text.length).toBeGreaterThan(0)
    }
  })

  it('gives offsets that point at the paragraph text, in order', () => {
    let prevEnd = 0
    for (const p of article.paragraphs) {
      expect(article.text.slice(p.start, p.end)).toBe(p.text)
      expect(p.start).toBeGreaterThanOrEqual(prevEnd)
      prevEnd = p.end
    }
    if (seed.format === 'text') expect(article.text).toBe(seedSource(seed.file))
  })
})

describe('seed specifics', () => {
  it('001 (Kankan scrape): navigation, 推荐视频 list and footer are not body', () => {
    const a = loadArticleFromFile(seedPath('001_96d157e4e4bc6efd.txt'))
    const body = a.paragraphs.map((p) => p.text).join('\n')
    expect(body).not.toContain('看看新闻APP')
    expect(body).not.toContain('马杜罗')
    expect(body).not.toContain('沪ICP备')
    expect(body).toContain('双方就阿富汗局势深入交换意见。')
  })

  it('003 (People’s Daily scrape): the 【关键词…】 subheads stay, the 关键词:/责任编辑 footer goes', () => {
    const a = loadArticleFromFile(seedPath('003_7213e1fea3ab3801.txt'))
    const texts = a.paragraphs.map((p) => p.text)
    expect(texts).toContain('【关键词一:支持】')
    expect(texts.join('\n')).not.toContain('李明浩')
    expect(texts).not.toContain('分享:')
  })

  it('000 and 004 (Xinhua multimedia pieces): 出品人/策划/编辑 credits and the QR blurb are not body', () => {
    for (const f of ['000_e410cc976d77ebef.txt', '004_b2d7573299a9be4d.txt']) {
      const body = loadArticleFromFile(seedPath(f))
        .paragraphs.map((p) => p.text)
        .join('\n')
      for (const name of ['周宗敏', '严文斌', '冯俊扬', '刘万里', '新华社国际部制作', '海量资讯'])
        expect(body).not.toContain(name)
    }
  })
})
