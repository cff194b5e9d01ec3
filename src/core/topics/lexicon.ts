// The bilingual topic lexicon: one id per subject analysts line two readouts up by, with the
// words each language writes it in. Data, extendable (`topicMatcher(extra)`).
// English terms match whole words, case-insensitively unless written in capitals (`AI`,
// `DPRK`); a trailing `*` matches any ending (`Ukrain*`). Chinese terms match as substrings of
// the normalised (simplified) text.

export interface TopicEntry {
  id: string
  label: { en: string; zh: string }
  en: readonly string[]
  zh: readonly string[]
}

export const TOPICS: readonly TopicEntry[] = [
  {
    id: 'taiwan',
    label: { en: 'Taiwan', zh: '台湾' },
    en: [
      'Taiwan*',
      'cross-strait',
      'one China',
      'One-China',
      'Taiwan Relations Act',
      'Six Assurances',
    ],
    zh: ['台湾', '台独', '两岸', '台海', '一个中国'],
  },
  {
    id: 'hong-kong',
    label: { en: 'Hong Kong', zh: '香港' },
    en: ['Hong Kong'],
    zh: ['香港', '涉港'],
  },
  {
    id: 'human-rights',
    label: { en: 'Human rights', zh: '人权' },
    en: ['human rights', 'wrongfully detained', 'exit bans', 'democracy', 'universal values'],
    zh: ['人权', '民主'],
  },
  {
    id: 'xinjiang',
    label: { en: 'Xinjiang', zh: '新疆' },
    en: ['Xinjiang', 'Uyghur*'],
    zh: ['新疆', '涉疆'],
  },
  { id: 'tibet', label: { en: 'Tibet', zh: '西藏' }, en: ['Tibet*'], zh: ['西藏', '涉藏'] },
  {
    id: 'south-china-sea',
    label: { en: 'South China Sea', zh: '南海' },
    en: ['South China Sea', 'East China Sea', 'freedom of navigation', 'maritime'],
    zh: ['南海', '东海', '海上'],
  },
  {
    id: 'korean-peninsula',
    label: { en: 'Korean Peninsula', zh: '朝鲜半岛' },
    en: ['Korean Peninsula', 'DPRK', 'North Korea*', 'denuclearization'],
    zh: ['朝鲜半岛', '半岛问题', '半岛局势', '朝核', '朝鲜'],
  },
  {
    id: 'ukraine',
    label: { en: 'Ukraine', zh: '乌克兰' },
    en: ['Ukrain*', "Russia's war", 'Russia’s war', 'invasion'],
    zh: ['乌克兰', '乌克兰危机', '乌克兰局势', '特别军事行动'],
  },
  {
    id: 'middle-east',
    label: { en: 'Middle East', zh: '中东' },
    en: ['Middle East', 'Israel*', 'Hamas', 'Gaza', 'Palestin*', 'Iran*', 'Syria*', 'Red Sea'],
    zh: ['中东', '巴以', '以色列', '巴勒斯坦', '加沙', '哈马斯', '伊朗', '叙利亚', '红海'],
  },
  {
    id: 'trade',
    label: { en: 'Trade and economy', zh: '经贸' },
    en: [
      'trade',
      'econom*',
      'macroeconomic',
      'tariff*',
      'market access',
      'non-market',
      'supply chain*',
      'investment*',
      'commercial',
      'financial',
      'debt',
      'decoupl*',
    ],
    zh: ['经贸', '贸易', '经济', '关税', '脱钩', '产业链', '供应链', '投资', '金融', '市场'],
  },
  {
    id: 'technology',
    label: { en: 'Technology', zh: '科技' },
    en: ['technolog*', 'export control*', 'semiconductor*', 'chips', 'high-tech'],
    zh: ['科技', '技术', '芯片', '出口管制', '高科技', '半导体'],
  },
  {
    id: 'counternarcotics',
    label: { en: 'Counternarcotics', zh: '禁毒' },
    en: ['counternarcotics', 'narcotics', 'fentanyl', 'drug*', 'precursor*'],
    zh: ['禁毒', '芬太尼', '毒品', '易制毒'],
  },
  {
    id: 'ai',
    label: { en: 'Artificial intelligence', zh: '人工智能' },
    en: ['AI', 'artificial intelligence'],
    zh: ['人工智能'],
  },
  {
    id: 'climate',
    label: { en: 'Climate', zh: '气候' },
    en: ['climate', 'emissions', 'COP', 'COP28', 'clean energy', 'energy transition'],
    zh: ['气候', '减排', '碳中和', '绿色发展', '新能源'],
  },
  {
    id: 'military',
    label: { en: 'Military', zh: '军事' },
    en: [
      'military',
      'military-to-military',
      'defense',
      'defence',
      'theater commanders',
      'nuclear',
      'weapons',
      'arms control',
    ],
    zh: ['军事', '两军', '军队', '国防', '防务', '核武器', '核战争', '军控'],
  },
  {
    id: 'people-to-people',
    label: { en: 'People-to-people ties', zh: '人文交流' },
    en: [
      'people-to-people',
      'ties between the people',
      'exchanges',
      'passenger flights',
      'students',
      'educational',
      'youth',
      'cultural',
      'journalists',
    ],
    zh: [
      '人文',
      '人员往来',
      '人员交流',
      '民间',
      '航班',
      '留学',
      '青少年',
      '青年',
      '地方交流',
      '民心',
    ],
  },
  {
    id: 'health',
    label: { en: 'Health', zh: '卫生' },
    en: ['health', 'COVID*', 'pandemic', 'public health'],
    zh: ['卫生', '疫情', '新冠', '大流行'],
  },
]

export interface TopicMatcher {
  entries: readonly TopicEntry[]
  en: ReadonlyArray<{ id: string; re: RegExp }>
  zh: ReadonlyArray<{ id: string; terms: readonly string[] }>
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One term as a pattern; `fold` spells each letter as `[Xx]` (case-insensitive part only). */
function termSource(term: string, fold: boolean): string {
  const prefix = term.endsWith('*')
  let body = escape(prefix ? term.slice(0, -1) : term)
  if (fold) body = body.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`)
  body = body.replace(/ /g, '\\s+')
  return prefix ? `${body}[\\w-]*` : body
}

/** Capitals stay capitals (`AI` is not the `ai` of `aid`); other terms ignore case. */
function englishRegExp(terms: readonly string[]): RegExp {
  const parts = terms.map((t) => termSource(t, !/^[A-Z0-9]{2,5}\*?$/.test(t)))
  return new RegExp(`(?<![\\w-])(?:${parts.join('|')})(?![\\w])`)
}

export function topicMatcher(extra: readonly TopicEntry[] = []): TopicMatcher {
  const entries = [...TOPICS, ...extra]
  return {
    entries,
    en: entries.filter((e) => e.en.length > 0).map((e) => ({ id: e.id, re: englishRegExp(e.en) })),
    zh: entries.map((e) => ({ id: e.id, terms: e.zh })),
  }
}

export const TOPIC_MATCHER: TopicMatcher = topicMatcher()

export function topicLabel(id: string, lang: 'en' | 'zh', m: TopicMatcher = TOPIC_MATCHER): string {
  return m.entries.find((e) => e.id === id)?.label[lang] ?? id
}
