// The bilingual leader table: how English readouts write a leader and the canonical simplified
// Chinese name the rest of the project keys on (event participants, counterparts, index ids).
// Named data, extendable: `nameTable(extra)` adds entries (a user's or a test's) in front.

export interface LeaderName {
  /** Canonical simplified name (习近平, 拜登): the key across languages. */
  zh: string
  /** Forms English readouts use, full names and surnames (`Joseph R. Biden, Jr.`, `Biden`). */
  en: readonly string[]
  /** Country in both languages; `china` marks the Chinese side. */
  country: { zh: string; en: string }
  /** Usual title in Chinese (总统, 总理), the Counterpart title an English event gets. */
  title: string
  china?: boolean
  /** Other Chinese spellings (Taiwan, Hong Kong media), simplified: 川普 for 特朗普. */
  zhAliases?: readonly string[]
}

export const LEADER_NAMES: readonly LeaderName[] = [
  {
    zh: '习近平',
    en: ['Xi Jinping', 'Xi'],
    country: { zh: '中国', en: 'China' },
    title: '国家主席',
    china: true,
  },
  {
    zh: '李强',
    en: ['Li Qiang'],
    country: { zh: '中国', en: 'China' },
    title: '总理',
    china: true,
  },
  {
    zh: '李克强',
    en: ['Li Keqiang'],
    country: { zh: '中国', en: 'China' },
    title: '总理',
    china: true,
  },
  { zh: '王毅', en: ['Wang Yi'], country: { zh: '中国', en: 'China' }, title: '外长', china: true },
  {
    zh: '拜登',
    en: [
      'Joseph R. Biden, Jr.',
      'Joseph R. Biden Jr.',
      'Joseph R. Biden',
      'Joe Biden',
      'Joseph Biden',
      'Biden',
    ],
    country: { zh: '美国', en: 'United States' },
    title: '总统',
  },
  {
    zh: '特朗普',
    en: ['Donald J. Trump', 'Donald Trump', 'Trump'],
    country: { zh: '美国', en: 'United States' },
    title: '总统',
    zhAliases: ['川普'],
  },
  {
    zh: '奥巴马',
    en: ['Barack Obama', 'Obama'],
    country: { zh: '美国', en: 'United States' },
    title: '总统',
  },
  {
    zh: '哈里斯',
    en: ['Kamala Harris'],
    country: { zh: '美国', en: 'United States' },
    title: '副总统',
  },
  {
    zh: '布林肯',
    en: ['Antony J. Blinken', 'Antony Blinken', 'Blinken'],
    country: { zh: '美国', en: 'United States' },
    title: '国务卿',
  },
  {
    zh: '沙利文',
    en: ['Jake Sullivan'],
    country: { zh: '美国', en: 'United States' },
    title: '国家安全事务助理',
  },
  {
    zh: '普京',
    en: ['Vladimir Vladimirovich Putin', 'Vladimir Putin', 'Putin'],
    country: { zh: '俄罗斯', en: 'Russia' },
    title: '总统',
    zhAliases: ['普丁'],
  },
  {
    zh: '梅德韦杰夫',
    en: ['Dmitry Medvedev', 'Medvedev'],
    country: { zh: '俄罗斯', en: 'Russia' },
    title: '总统',
  },
  {
    zh: '米舒斯京',
    en: ['Mikhail Mishustin', 'Mishustin'],
    country: { zh: '俄罗斯', en: 'Russia' },
    title: '总理',
  },
  {
    zh: '马克龙',
    en: ['Emmanuel Macron', 'Macron'],
    country: { zh: '法国', en: 'France' },
    title: '总统',
    zhAliases: ['马克宏'],
  },
  {
    zh: '朔尔茨',
    en: ['Olaf Scholz', 'Scholz'],
    country: { zh: '德国', en: 'Germany' },
    title: '总理',
    zhAliases: ['萧兹', '肖尔茨'],
  },
  {
    zh: '默克尔',
    en: ['Angela Merkel', 'Merkel'],
    country: { zh: '德国', en: 'Germany' },
    title: '总理',
  },
  {
    zh: '苏纳克',
    en: ['Rishi Sunak', 'Sunak'],
    country: { zh: '英国', en: 'United Kingdom' },
    title: '首相',
  },
  {
    zh: '斯塔默',
    en: ['Keir Starmer', 'Starmer'],
    country: { zh: '英国', en: 'United Kingdom' },
    title: '首相',
  },
  {
    zh: '莫迪',
    en: ['Narendra Modi', 'Modi'],
    country: { zh: '印度', en: 'India' },
    title: '总理',
  },
  {
    zh: '卢拉',
    en: ['Luiz Inácio Lula da Silva', 'Lula da Silva', 'Lula'],
    country: { zh: '巴西', en: 'Brazil' },
    title: '总统',
  },
  {
    zh: '泽连斯基',
    en: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskyy', 'Zelensky'],
    country: { zh: '乌克兰', en: 'Ukraine' },
    title: '总统',
  },
  {
    zh: '岸田文雄',
    en: ['Fumio Kishida', 'Kishida'],
    country: { zh: '日本', en: 'Japan' },
    title: '首相',
  },
  {
    zh: '尹锡悦',
    en: ['Yoon Suk Yeol', 'Yoon'],
    country: { zh: '韩国', en: 'Republic of Korea' },
    title: '总统',
  },
  {
    zh: '埃尔多安',
    en: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'],
    country: { zh: '土耳其', en: 'Türkiye' },
    title: '总统',
  },
  {
    zh: '卢卡申科',
    en: ['Alexander Lukashenko', 'Lukashenko'],
    country: { zh: '白俄罗斯', en: 'Belarus' },
    title: '总统',
  },
  {
    zh: '托卡耶夫',
    en: ['Kassym-Jomart Tokayev', 'Tokayev'],
    country: { zh: '哈萨克斯坦', en: 'Kazakhstan' },
    title: '总统',
  },
  {
    zh: '古特雷斯',
    en: ['António Guterres', 'Antonio Guterres', 'Guterres'],
    country: { zh: '联合国', en: 'United Nations' },
    title: '秘书长',
  },
  {
    zh: '金正恩',
    en: ['Kim Jong Un', 'Kim Jong-un'],
    country: { zh: '朝鲜', en: 'DPRK' },
    title: '国务委员长',
  },
]

export interface NameTable {
  entries: readonly LeaderName[]
  /** Every English form, longest first, as one alternation (no groups). */
  source: string
  /** English form (any case) → entry. */
  byEnglish: ReadonlyMap<string, LeaderName>
  /** Canonical Chinese name or alias → entry. */
  byZh: ReadonlyMap<string, LeaderName>
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The table with `extra` entries first (they win over built-in ones with the same forms). */
export function nameTable(extra: readonly LeaderName[] = []): NameTable {
  const entries = [...extra, ...LEADER_NAMES]
  const byEnglish = new Map<string, LeaderName>()
  const byZh = new Map<string, LeaderName>()
  for (const e of entries) {
    for (const z of [e.zh, ...(e.zhAliases ?? [])]) if (!byZh.has(z)) byZh.set(z, e)
    for (const f of e.en) if (!byEnglish.has(f.toLowerCase())) byEnglish.set(f.toLowerCase(), e)
  }
  const forms = [...byEnglish.keys()].sort((a, b) => b.length - a.length)
  // Names are matched as whole words; a trailing `.` of `Jr.` is part of the form.
  const source = forms.map((f) => escape(f).replace(/\\\.$/, '\\.?')).join('|')
  return { entries, source, byEnglish, byZh }
}

export const NAMES: NameTable = nameTable()

/** `Biden` → 拜登; unknown → null. */
export function zhName(english: string, table: NameTable = NAMES): string | null {
  const key = english.trim().toLowerCase()
  return table.byEnglish.get(key)?.zh ?? table.byEnglish.get(key.replace(/\.$/, ''))?.zh ?? null
}

/** The canonical Chinese name of a Chinese name or alias (川普 → 特朗普); unknown names as given. */
export function canonicalZh(name: string, table: NameTable = NAMES): string {
  return table.byZh.get(name)?.zh ?? name
}
