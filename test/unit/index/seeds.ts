// The built-in seed corpus and facts about each seed, checked by hand against the files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const SEED_DIR = join(__dirname, '../../../src/corpus/seeds')

export interface SeedFacts {
  file: string
  format: 'text' | 'markdown'
  title: string
  published: string
  outlet: string
  paragraphs: number
  firstStartsWith: string
  lastStartsWith: string
}

export const SEEDS: SeedFacts[] = [
  {
    file: '000_e410cc976d77ebef.txt',
    format: 'markdown',
    title: '习主席同普京总统通电话 释放这些重要信息',
    // `Wed, 25 Aug 2021 16:44:18 GMT` is 00:44 on 26 August in Beijing.
    published: '2021-08-26',
    outlet: 'ZAKER',
    paragraphs: 13,
    firstStartsWith: '8 月 25 日，习近平主席同俄罗斯总统普京通电话。',
    lastStartsWith: '双方一致认为',
  },
  {
    file: '001_96d157e4e4bc6efd.txt',
    format: 'text',
    title: '习近平同俄罗斯总统普京通电话',
    published: '2021-08-25',
    outlet: '人民日报客户端',
    paragraphs: 8,
    firstStartsWith: '国家主席习近平8月25日同俄罗斯总统普京通电话。',
    lastStartsWith: '双方一致认为',
  },
  {
    file: '002_02b949fc5e049380.txt',
    format: 'markdown',
    title: '中俄元首通话，重点就这件大事交换意见',
    published: '2022-02-26',
    outlet: 'ZAKER',
    paragraphs: 11,
    firstStartsWith: '国家主席习近平 2 月 25 日下午同俄罗斯总统普京通电话。',
    lastStartsWith: '习近平指出，近期',
  },
  {
    file: '003_7213e1fea3ab3801.txt',
    format: 'text',
    title: '疫情以来第四次通话 习近平与普京传递了哪些重要信息?',
    published: '2020-07-10',
    outlet: '人民网',
    paragraphs: 32,
    firstStartsWith: '国家主席习近平7月8日同俄罗斯总统普京通电话。',
    lastStartsWith: '中国国际问题研究院国际战略研究所副所长苏晓辉面对相关疫情',
  },
  {
    file: '004_b2d7573299a9be4d.txt',
    format: 'markdown',
    title: '中俄元首年内再度视频会晤 传递这些重要信息',
    published: '2021-12-16',
    outlet: '新浪财经',
    paragraphs: 39,
    firstStartsWith: '国家主席习近平12月15日下午在北京同俄罗斯总统普京举行视频会晤。',
    lastStartsWith: '在两国元首战略引领下',
  },
]

export function seedPath(file: string): string {
  return join(SEED_DIR, file)
}

export function seedSource(file: string): string {
  return readFileSync(seedPath(file), 'utf8')
}

/** Page furniture that must never end up in a body paragraph. */
export const JUNK_PARAGRAPH: RegExp[] = [
  /^(出品人|策划|监制|统筹|记者|编辑|视觉|摄影|责任编辑)[:：]/,
  /推荐视频/,
  /^关键词[:：]/,
  /责任编辑/,
  /Copyright|版权所有|举报/,
  /新浪财经APP|扫描二维码|下载APP/,
  /^(点赞|收藏|分享|用手机看)$/,
  /制作$|出品$/,
  /[<>]|https?:/,
  /^\d{2}:\d{2}$/,
]
