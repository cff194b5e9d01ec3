// Words of the Markdown/CSV exports in the two interface languages (the UI's locale files are
// not reachable from core, and an export is a document, not UI).
import type { EventKind, PhraseCategory } from '../types'

export type ExportLang = 'en' | 'zh'

const KIND: Record<ExportLang, Record<EventKind, string>> = {
  en: { call: 'call', video: 'video meeting', talks: 'talks', meeting: 'meeting', other: 'event' },
  zh: { call: '通电话', video: '视频会晤', talks: '会谈', meeting: '会见/会晤', other: '活动' },
}

const CATEGORY: Record<ExportLang, Record<PhraseCategory, string>> = {
  en: {
    relationship: 'relationship',
    sovereignty: 'sovereignty',
    'anti-interference': 'anti-interference',
    multilateral: 'multilateral',
    conflict: 'conflict',
    economy: 'economy',
    history: 'history',
    'taiwan-hk-xinjiang': 'Taiwan, Hong Kong, Xinjiang',
    structure: 'structure',
    quoted: 'quoted terms',
    custom: 'your phrases',
    new: 'new here',
    coined: 'coined earlier',
  },
  zh: {
    relationship: '双边关系',
    sovereignty: '主权',
    'anti-interference': '反干涉',
    multilateral: '多边',
    conflict: '冲突',
    economy: '经济',
    history: '历史',
    'taiwan-hk-xinjiang': '台港疆',
    structure: '结构',
    quoted: '引号内术语',
    custom: '自定义',
    new: '首次出现',
    coined: '此前首现',
  },
}

const EN = {
  comparison: 'Comparison',
  sameEvent: 'Same event',
  yes: 'yes',
  no: 'no',
  added: 'Formulations added in B',
  dropped: 'Formulations dropped since A',
  wording: 'Wording changes',
  speakers: 'Speakers',
  speaker: 'speaker',
  narration: 'narration',
  sentences: 'sentences',
  first: 'speaks first',
  onlyA: 'Only in A',
  onlyB: 'Only in B',
  changed: 'Matched sentences that differ',
  history: 'History',
  events: 'events',
  date: 'date',
  kind: 'kind',
  requested: 'requested by',
  place: 'place',
  source: 'source',
  introduced: 'Introduced',
  event: 'Event',
  formulations: 'Formulations',
  mentions: 'Earlier events mentioned',
  none: 'none',
  undated: 'undated',
}

export type ExportWords = Record<keyof typeof EN, string>

const WORDS: Record<ExportLang, ExportWords> = {
  en: EN,
  zh: {
    comparison: '对比',
    sameEvent: '同一活动',
    yes: '是',
    no: '否',
    added: 'B 新增提法',
    dropped: 'A 有而 B 无的提法',
    wording: '措辞变化',
    speakers: '发言人',
    speaker: '发言人',
    narration: '叙述',
    sentences: '句数',
    first: '先发言',
    onlyA: '仅见于 A',
    onlyB: '仅见于 B',
    changed: '对应但有改动的句子',
    history: '往来记录',
    events: '次',
    date: '日期',
    kind: '形式',
    requested: '应约（提出方）',
    place: '地点',
    source: '来源',
    introduced: '首次出现的提法',
    event: '活动',
    formulations: '提法',
    mentions: '文中提到的此前活动',
    none: '无',
    undated: '日期不详',
  },
}

export function labels(lang: ExportLang): {
  words: ExportWords
  kind: (k: EventKind) => string
  category: (c: PhraseCategory) => string
} {
  return {
    words: WORDS[lang],
    kind: (k) => KIND[lang][k] ?? k,
    category: (c) => CATEGORY[lang][c] ?? c,
  }
}
