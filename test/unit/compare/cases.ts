// Hand-written readouts with one counterpart (a fictional 阿尔法 of 贝塔国), written for these
// tests: three events whose kind, 应约 and wording change from one to the next.
import { analyze } from '../../../src/core/analyze'
import { indexArticles } from '../../../src/core/index/build'
import type { Analysis, IndexedEvent } from '../../../src/core/types'
import { articleOf } from '../core/helpers'

export const MARCH = `习近平同贝塔国总统阿尔法通电话
国家主席习近平3月5日应约同贝塔国总统阿尔法通电话。
习近平指出，中方高度关注乌克兰局势，坚持一个中国原则。
阿尔法表示，贝塔国不支持“台独”，愿同中方深化互利合作。
双方同意保持沟通。`

export const JUNE = `习近平同贝塔国总统阿尔法举行视频会晤
国家主席习近平6月9日同贝塔国总统阿尔法举行视频会晤。
阿尔法表示，贝塔国恪守一个中国政策，愿推进“一带一路”合作。
习近平指出，中方在乌克兰危机问题上始终站在和平一边。
习近平强调，双方要坚持互利合作。`

export const OCTOBER = `习近平同贝塔国总统阿尔法通电话
国家主席习近平10月20日同贝塔国总统阿尔法通电话。
习近平强调，双方要坚持互利合作，维护产业链供应链稳定。
习近平指出，中方在乌克兰危机问题上始终站在和平一边。
阿尔法表示，贝塔国坚定奉行一个中国政策，反对“台独”。`

export function analysisOf(text: string, published: string): Analysis {
  return analyze(articleOf(text, { published, url: `https://news.example.cn/${published}.html` }))
}

export function indexOf(...items: Array<[string, string]>): IndexedEvent[] {
  return indexArticles(
    items.map(([text, published]) =>
      articleOf(text, { published, url: `https://news.example.cn/${published}.html` }),
    ),
  ).events
}
